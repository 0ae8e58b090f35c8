/**
 * One rule per kind of value, shared by every collection's schema (interventions, governance
 * examples, phase and part introductions, links): a date, a year, a text and a record of fields are
 * each judged by one piece, so a rule fixed here holds everywhere. Nothing here coerces: a date is
 * written as YYYY-MM-DD and stays a string until it is a real calendar day (src/lib/date-field.ts), a
 * number is never read from text, and text is never made from a number.
 * tests/unit/schema-pieces.test.ts walks every collection's schema and fails on any coercion.
 */
import { z } from "astro/zod";
import { calendarDateField } from "./date-field.ts";
import { hasVisibleText, safeText } from "./text-rules.ts";
import { unknownKeysMessage } from "./vocabulary-field.ts";

/** z.strictObject whose unknown-key error names the field the editor probably meant. */
export function record<S extends z.ZodRawShape>(shape: S) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys" ? unknownKeysMessage(issue.keys, known) : undefined,
  });
}

/** Required text: NFC, trimmed, at least `min` characters, something visible (src/lib/text-rules.ts). */
export const requiredText = safeText;

/** Optional text: the same rules as requiredText when it is there. */
export function optionalText(what: string, min = 1) {
  return z
    .string({
      error: (issue) =>
        `${what} skal være tekst${issue.input === null ? "; slet feltet, hvis det er tomt" : ""}.`,
    })
    .normalize("NFC")
    .trim()
    .min(min, { error: `${what} skal være mindst ${min} tegn, eller udelades.` })
    .refine(hasVisibleText, {
      error: `${what} består kun af usynlige tegn eller mellemrum. Skriv en synlig tekst.`,
    })
    .optional();
}

/** A year as ÅÅÅÅ, written in quotes in YAML ("2013"), so no tool reads it as a number. */
export const yearField = z.string().regex(/^\d{4}$/, {
  error: (issue) => `"${String(issue.input)}" skal skrives som et årstal, fx "2013".`,
});

/** A year or a month: ÅÅÅÅ or ÅÅÅÅ-MM. */
export const yearOrMonthField = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, {
  error: (issue) =>
    `"${String(issue.input)}" skal skrives som ÅÅÅÅ eller ÅÅÅÅ-MM, fx "2020" eller "2020-02".`,
});

/** The date an editor last reviewed an entry: a real YYYY-MM-DD day, never after today. */
export const reviewedField = () =>
  calendarDateField("reviewed", { notFuture: true }).describe("Dato for seneste redaktionelle gennemgang.");
