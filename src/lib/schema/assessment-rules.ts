/**
 * What makes an assessment honest rather than hollow: a rationale that is a real sentence about the
 * sources, and a basis that says where in them. Shared by the intervention schema (check and build)
 * and, through it, the JSON Schema and the CMS.
 */
import { PUBLICATIONS } from "../vocabulary/publications.ts";
import { lineText, oneLineProblem, paragraphText, TEXT_LIMITS } from "./text-fields.ts";
import { quoted } from "./text-rules.ts";

/** Fewest characters, letters and distinct words of a rationale. */
export const RATIONALE_MIN = { chars: 20, letters: 15, words: 4, distinctWords: 4 } as const;

/** Words that mark a text as a placeholder, in Danish and English. */
const FILLER =
  /(?<![\p{L}\p{N}])(?:lorem|ipsum|todo|tbd|fixme|x{3,}|placeholder|udfyld(?:es)?|ikke udfyldt|skriv (?:her|noget)|tekst her|mangler tekst|(?:følger|kommer|skrives|uddybes) (?:her|senere)|indsæt(?: tekst| begrundelse)?|n\/a|blabla|bla bla|asdf|qwerty)(?![\p{L}\p{N}])/iu;

const RATIONALE_EXAMPLE =
  "fx »Casen beskriver målgruppen og et skriftligt mål for hver ung, men ikke hvordan målene følges op.«";

/** Why a rationale is not a real sentence about the sources, or undefined. */
export function rationaleProblem(value: string): string | undefined {
  const letters = value.match(/\p{L}/gu)?.length ?? 0;
  const visible = value.replace(/\s/gu, "").length;
  const words = (value.match(/\p{L}{2,}/gu) ?? []).map((word) => word.toLowerCase());
  const distinct = new Set(words).size;
  let why: string | undefined;
  if (FILLER.test(value)) why = `er fyldtekst (${quoted(FILLER.exec(value)![0])})`;
  else if (letters < RATIONALE_MIN.letters)
    why = `har kun ${letters} bogstaver; den skal være en sætning på mindst ${RATIONALE_MIN.words} ord`;
  else if (letters < visible * 0.6) why = "består mest af tegn, tal eller tegnsætning, ikke af ord";
  else if (words.length < RATIONALE_MIN.words)
    why = `har kun ${words.length} ord; den skal være en sætning på mindst ${RATIONALE_MIN.words} ord`;
  else if (distinct < RATIONALE_MIN.distinctWords) why = "gentager de samme få ord";
  else if (/(\p{L})\1{3}/iu.test(value)) why = "gentager det samme bogstav";
  else if (/([^\p{L}\p{N}\s])\1{3}/u.test(value)) why = "gentager det samme tegn";
  if (!why) return undefined;
  return `Begrundelsen (rationale) ${why}: ${quoted(value, 50)}. Skriv med egne ord, hvad i kilderne niveauet bygger på, ${RATIONALE_EXAMPLE}`;
}

/** scores.<element>.rationale: multi-line text, 20–1000 characters, and a real sentence. */
export const rationaleField = paragraphText("rationale", {
  min: RATIONALE_MIN.chars,
  max: TEXT_LIMITS.rationale,
  whenMissing: "Et niveau kræver en begrundelse (rationale), der peger på kilderne.",
  whenLong: "Skriv kort, hvad i kilderne niveauet bygger på; resten hører til i brødteksten.",
}).superRefine((value, ctx) => {
  const problem = rationaleProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** Why a locator (section, page or table row) names nothing, or undefined. */
export function locatorProblem(what: string, value: string): string | undefined {
  const named = value.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (named >= 2) return undefined;
  return `${what} er ${quoted(value, 40)}, som ikke nævner noget sted. Skriv afsnittets overskrift, sidetallet eller tabelrækken, fx "Case: IPS-Ung", "s. 12" eller "Tabel 3, Randers", eller udelad feltet.`;
}

const LOCATOR_MIN = 3;

/** A section, page or table row in a publication: one line, 3–160 characters, that names a place. */
export const locatorField = (what: string) =>
  lineText(what, { min: LOCATOR_MIN, max: TEXT_LIMITS.locator }).superRefine((value, ctx) => {
    // One message per value: the text rules above have spoken if the text itself is wrong.
    if (value.length < LOCATOR_MIN || value.length > TEXT_LIMITS.locator || oneLineProblem(what, value))
      return;
    const problem = locatorProblem(what, value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** The locator's message for a written section, for unions that would otherwise hide it. */
export function sectionMessage(section: unknown): string | undefined {
  if (section === undefined) return undefined;
  const result = locatorField("section").safeParse(section);
  return result.success ? undefined : result.error.issues[0]?.message;
}

/** Publication kinds that are one short text without sections: the publication itself is the place. */
const SINGLE_TEXT_KINDS: ReadonlySet<string> = new Set(["Artikel"]);

/**
 * Whether a basis item says where the evidence is: a section of a publication, a single short text
 * (an article) or a link to one page.
 */
export function hasLocator(
  basis: { publication?: string; section?: string | undefined } | { link: unknown },
) {
  if ("link" in basis) return true;
  if (basis.section) return true;
  const publication = PUBLICATIONS[basis.publication as keyof typeof PUBLICATIONS];
  return publication !== undefined && SINGLE_TEXT_KINDS.has(publication.kind);
}
