/**
 * The frontmatter field `sourceExceptions`: written exceptions to the source check (npm run sources,
 * src/lib/sources/), each with the rule it excuses, a quote from the claim and a reason. One schema
 * piece shared by every collection with a body (interventions, governance examples, part and phase
 * introductions); CONTRIBUTING.md, »Kildenoter«, explains when an exception is right.
 */
import { z } from "astro/zod";

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
