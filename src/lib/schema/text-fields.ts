/**
 * The schema pieces for every text field in every collection, so one rule holds everywhere and
 * `npm run check`, the build, the JSON Schema and the CMS (both generated from the schema) agree:
 *
 * - a length that fits the field's use (TEXT_LIMITS), written into the schema as min/max, so the
 *   JSON Schema has minLength/maxLength and the CMS enforces the same;
 * - one-line fields (names, titles, labels) take no control character at all, no line or paragraph
 *   separator and no invisible format character (zero-width space, word joiner, soft hyphen, bidi
 *   marks, variation selectors …), since they end up in <title>, cards, CSV cells and feed titles;
 * - multi-line fields (descriptions, rationales, notes) take line feeds and tabs, nothing else of the
 *   control characters, so a lone carriage return cannot split a line differently in different readers.
 *
 * Every message shows the value safely (hidden characters as \uXXXX) and says what to do.
 */
import { z } from "astro/zod";
import { hasVisibleText, quoted } from "./text-rules.ts";

/**
 * Longest text, in characters, of each kind of field; the shortest is given where it is used. One-line
 * fields stay at 160 or below, so the CMS (src/lib/cms-config.ts) offers them a one-line input.
 */
export const TEXT_LIMITS = {
  /** The name of an intervention or governance example: shown in <title>, cards and lists. */
  title: 120,
  /** One or two sentences for cards, search results and the feed. */
  summary: 320,
  /** A unit, organisation or publisher's name. */
  name: 150,
  /** The unit responsible: a name, sometimes with its parent ("Ungeenheden, Horsens Kommune"). */
  responsible: 160,
  /** The title of a page in content/links.toml, which may be a long publication title. */
  linkTitle: 160,
  /** A section, page or table row in a publication. */
  locator: 160,
  /** What a result figure measures. */
  measure: 160,
  /** A result's period as the source words it. */
  period: 100,
  /** Purpose and target group in the editor's own words. */
  description: 800,
  /** A source's own wording of context, anchoring or period. */
  note: 400,
  /** The reason for an assessment level. */
  rationale: 1000,
  /** The lead paragraph of a phase or part introduction. */
  lead: 500,
} as const;

/** Every control character (C0, DEL, C1) and the Unicode line and paragraph separators. */
const LINE_BREAKING = /[\p{Cc}\u2028\u2029]/u;
/** Control characters a multi-line field may not hold: all but tab (U+0009) and line feed (U+000A). */
const NOT_IN_PARAGRAPH = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/u;
/**
 * Invisible format characters: every format character (zero-width space and joiners, word joiner,
 * soft hyphen, bidi marks, tag characters …) and every default-ignorable code point (variation
 * selectors, Hangul fillers, the combining grapheme joiner …). None draws anything of its own.
 */
export const INVISIBLE_FORMAT = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;

const codeOf = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** What a character is, in Danish, for messages about one-line and multi-line fields. */
function charName(char: string): string {
  const names: Record<string, string> = {
    "\n": "et linjeskift",
    "\r": "et vognretur-tegn (CR, et linjeskift fra Windows eller gamle Mac-filer)",
    "\t": "en tabulator",
    "\u2028": "et linjeskift-tegn (LINE SEPARATOR)",
    "\u2029": "et afsnitsskift-tegn (PARAGRAPH SEPARATOR)",
    "\u00ad": "en blød bindestreg (usynlig)",
    "\u200b": "et usynligt mellemrum (zero-width space)",
    "\u2060": "en usynlig ordsammenbinder (word joiner)",
    "\ufeff": "et usynligt byte-order mark",
  };
  if (names[char]) return `${names[char]}, ${codeOf(char)}`;
  if (/\p{Cc}/u.test(char)) return `et styretegn, ${codeOf(char)}`;
  return `et usynligt formateringstegn, ${codeOf(char)}`;
}

/** The value up to and including the first match, safely shown, so the editor can find the place. */
function where(value: string, index: number): string {
  const before = value.slice(Math.max(0, index - 30), index);
  return `efter ${quoted(before || "(starten)", 32)}`;
}

/** Why a one-line value is not one clean line, or undefined. */
export function oneLineProblem(what: string, value: string): string | undefined {
  const breaking = LINE_BREAKING.exec(value);
  if (breaking) {
    return `${what} skal stå på én linje, men indeholder ${charName(breaking[0])} ${where(value, breaking.index)}. Skriv teksten på én linje uden linjeskift og tabulatorer (i YAML: uden | eller > foran teksten).`;
  }
  const invisible = INVISIBLE_FORMAT.exec(value);
  if (invisible) {
    return `${what} indeholder ${charName(invisible[0])} ${where(value, invisible.index)}. Usynlige tegn er ikke tilladt i navne og titler, fordi to navne så kan se ens ud uden at være det. Slet tegnet (det kommer ofte med ved kopiering fra PDF eller Word).`;
  }
  return undefined;
}

/** Why a multi-line value has a control character it may not have, or undefined. */
export function paragraphProblem(what: string, value: string): string | undefined {
  const bad = NOT_IN_PARAGRAPH.exec(value);
  if (!bad) return undefined;
  const fix =
    bad[0] === "\r"
      ? "Brug almindelige linjeskift (LF): slet tegnet, eller skriv teksten igen uden \\r."
      : "Slet tegnet; kun almindelige linjeskift og tabulatorer er tilladt.";
  return `${what} indeholder ${charName(bad[0])} ${where(value, bad.index)}. ${fix}`;
}

type TextOptions = {
  /** Fewest characters after trimming; 1 unless said. */
  min?: number;
  /** Most characters after trimming. */
  max: number;
  /** What to write when the field is missing (for required fields). */
  whenMissing?: string;
  /** What to do about a text that is too long. */
  whenLong?: string;
};

function textField(what: string, options: TextOptions, lineProblem: typeof oneLineProblem) {
  const min = options.min ?? 1;
  const { max } = options;
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `Mangler ${what}.${options.whenMissing ? ` ${options.whenMissing}` : ""}`
          : `${what} skal være tekst.`,
    })
    .normalize("NFC")
    .trim()
    .min(min, {
      error: (issue) =>
        `${what} skal være mindst ${min} tegn, men er ${String((issue.input as string).length)}: ${quoted(issue.input as string, 40)}.`,
    })
    .max(max, {
      error: (issue) =>
        `${what} er ${(issue.input as string).length.toLocaleString("da-DK")} tegn; højst ${max.toLocaleString("da-DK")} er tilladt. Den begynder ${quoted(issue.input as string, 40)}. ${options.whenLong ?? "Forkort teksten."}`,
    })
    .superRefine((value, ctx) => {
      // One message per value: a length problem is already reported above.
      if (value.length < min || value.length > max) return;
      const problem = lineProblem(what, value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
      else if (!hasVisibleText(value))
        ctx.addIssue({
          code: "custom",
          message: `${what} består kun af usynlige tegn eller mellemrum. Skriv en synlig tekst.`,
        });
    });
}

/**
 * The kind of text, carried into the JSON Schema as `x-text`, so the CMS form (src/lib/cms/cms-config.ts)
 * refuses the same characters as the schema does.
 */
export type TextKind = "line" | "paragraph";

/** The characters a text of this kind may not hold once trimmed, on top of what the reader refuses in any value. */
export const TEXT_KIND_FORBIDDEN: Record<TextKind, RegExp> = {
  line: new RegExp(`${LINE_BREAKING.source}|${INVISIBLE_FORMAT.source}`, "u"),
  paragraph: NOT_IN_PARAGRAPH,
};

/** A required one-line text (a name, title or label): NFC, trimmed, limited, one clean line. */
export function lineText(what: string, options: TextOptions) {
  return textField(what, options, oneLineProblem).meta({ "x-text": "line" satisfies TextKind });
}

/** A required multi-line text (a description, rationale or note): line feeds and tabs allowed. */
export function paragraphText(what: string, options: TextOptions) {
  return textField(what, options, paragraphProblem).meta({ "x-text": "paragraph" satisfies TextKind });
}
