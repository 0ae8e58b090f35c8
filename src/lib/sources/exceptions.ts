/**
 * Written exceptions to the source check. A finding of the rules "tal", "navn", "forbehold" or
 * "udgiver" may stand only when the file says why, in its frontmatter:
 *
 *     sourceExceptions:
 *       - rule: forbehold
 *         quote: "Det sker stadig"
 *         reason: "Kilden siger det selv to afsnit senere; se afsnit »…«."
 *
 * `quote` is a piece of the claim's text (as the reader sees it, without the note reference); for
 * "tal" and "navn" it must contain the number or name. An exception nothing uses is itself a finding,
 * so none outlives the text it excused. A locator that does not resolve and a `known: katalog`
 * without a place in the catalogue have no exceptions: fix the note or the tag.
 */
import { z } from "astro/zod";
import { normalForm } from "./text.ts";

export const EXCEPTION_RULES = {
  tal: "et tal, en procent, et beløb, et årstal eller en alder, som passagen ikke har",
  navn: "et navn, som passagen ikke har",
  forbehold: "et udsagn uden det forbehold, passagen tager",
  udgiver: "en udgiver, som content/links.toml ikke angiver for linket",
} as const;

export type ExceptionRule = keyof typeof EXCEPTION_RULES;
export const EXCEPTION_RULE_NAMES = Object.keys(EXCEPTION_RULES) as [ExceptionRule, ...ExceptionRule[]];

/** A reason must say something: at least this many characters. */
export const MIN_REASON_CHARS = 20;

export const sourceExceptionSchema = z.strictObject({
  rule: z
    .enum(EXCEPTION_RULE_NAMES, {
      error: `rule skal være en af: ${EXCEPTION_RULE_NAMES.join(", ")}.`,
    })
    .describe("Reglen, undtagelsen gælder: tal, navn, forbehold eller udgiver."),
  quote: z
    .string({ error: "quote skal være tekst: et stykke af påstanden, som den står i brødteksten." })
    .trim()
    .min(3, { error: "quote skal være mindst 3 tegn fra påstanden." })
    .describe("Et stykke af påstandens tekst, som undtagelsen gælder."),
  reason: z
    .string({ error: "reason skal være tekst: hvorfor påstanden alligevel holder." })
    .trim()
    .min(MIN_REASON_CHARS, {
      error: `reason skal være mindst ${MIN_REASON_CHARS} tegn: skriv, hvorfor påstanden holder, og hvor det står.`,
    })
    .describe("Hvorfor påstanden alligevel holder, og hvor det står."),
});

export type SourceException = z.output<typeof sourceExceptionSchema>;

/** The optional frontmatter field every collection with a body accepts. */
export const sourceExceptionsField = z
  .array(sourceExceptionSchema)
  .default([])
  .describe(
    "Undtagelser fra kildetjekket (npm run sources), hver med regel, citat fra påstanden og begrundelse. Se CONTRIBUTING.md.",
  );

/** Does an exception excuse a finding of `rule` in a claim, about `value` (the number or name, if any)? */
export function excuses(
  exception: Pick<SourceException, "rule" | "quote">,
  rule: ExceptionRule,
  claim: string,
  value?: string,
): boolean {
  if (exception.rule !== rule) return false;
  const quote = normalForm(exception.quote);
  if (!normalForm(claim).includes(quote)) return false;
  return value === undefined || quote.includes(normalForm(value));
}
