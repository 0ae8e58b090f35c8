/**
 * One rule per kind of value, shared by every collection's schema (interventions, governance
 * examples, phase and part introductions, links): a date, a year and a record of fields are each
 * judged by one piece here, and text by the pieces in text-fields.ts, so a rule fixed once holds
 * everywhere. Nothing coerces: a date is written YYYY-MM-DD and stays a string until it is a real
 * calendar day (date-field.ts), a number is never read from text and text is never made from a number.
 * tests/unit/schema-pieces.test.ts walks every collection's schema and fails on any coercion.
 */
import { z } from "astro/zod";
import { calendarDateField } from "./date-field.ts";
import { unknownKeysMessage } from "./vocabulary-field.ts";

/** z.strictObject whose unknown-key error names the field the editor probably meant. */
export function record<S extends z.ZodRawShape>(shape: S) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys" ? unknownKeysMessage(issue.keys, known) : undefined,
  });
}

/** A year as ÅÅÅÅ, written in quotes in YAML ("2013"), so no tool reads it as a number. */
export const yearField = z.string().regex(/^\d{4}$/, {
  error: (issue) => `"${String(issue.input)}" skal skrives som et årstal i anførselstegn, fx "2013".`,
});

/** A year or a month: ÅÅÅÅ or ÅÅÅÅ-MM, in quotes. */
export const yearOrMonthField = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, {
  error: (issue) =>
    `"${String(issue.input)}" skal skrives som ÅÅÅÅ eller ÅÅÅÅ-MM i anførselstegn, fx "2020" eller "2020-02".`,
});

/** The date an editor last reviewed an entry: a real YYYY-MM-DD day, never after today. */
export const reviewedField = () =>
  calendarDateField("reviewed", { notFuture: true }).describe("Dato for seneste redaktionelle gennemgang.");
