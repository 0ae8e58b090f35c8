/**
 * Danish text helpers for comparing a claim with its passage: sentences, content-word stems and a
 * normal form for finding names. Pure.
 */

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = [
  "bl.a.",
  "bl. a.",
  "f.eks.",
  "fx.",
  "m.fl.",
  "mm.",
  "m.m.",
  "mv.",
  "m.v.",
  "osv.",
  "ca.",
  "pr.",
  "nr.",
  "mio.",
  "mia.",
  "kr.",
  "jf.",
  "dvs.",
  "inkl.",
  "ekskl.",
  "evt.",
  "ift.",
  "gns.",
  "cand.",
  "scient.",
  "ph.d.",
  "hhv.",
  "vedr.",
  "ang.",
  "bl.",
  "St.",
];
const DOT = "\u2024";

/** Sentences of a text: split at line breaks and at . ! ? : followed by a capital letter. */
export function sentences(text: string): string[] {
  let protectedText = text;
  for (const abbreviation of ABBREVIATIONS) {
    const pattern = new RegExp(
      `(^|[^\\p{L}])${abbreviation.replaceAll(".", "\\.").replaceAll(" ", "\\s")}`,
      "giu",
    );
    protectedText = protectedText.replace(pattern, (match) => match.replaceAll(".", DOT));
  }
  return protectedText
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?:;])\s+(?=[«»“”"(']?\p{Lu})/u))
    .map((sentence) => sentence.replaceAll(DOT, ".").trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
}

/** Frequent words that say nothing about what a sentence is about. */
const STOPWORDS = new Set(
  `alle allerede altid andre anden andet at bare blandt blev blive bliver både dem den denne dens der deres derfor dermed
  derudover desuden det dette dig disse efter eller ellers end endnu enkelte fordi fra frem før gennem godt have havde
  heller hele her herunder hinanden hvad hvem hvilke hvilken hvis hvor hvordan hvornår ikke ind inden indenfor igen
  jeres kommer kunne lige længe man mange med meget mellem men mere mest mod måde når nogen noget nogle nok omkring
  også over samme samt selv selvom sidst siden sig sine skal skulle som stadig stor store større sådan således
  til tilbage under ud uden udover unge unges været vil ville være vores yderligere ofte typisk altså eksempelvis
  herved hertil heraf deraf hvorfor hvorvidt andet anden også dels både ligeledes samtidig endelig derved netop`
    .split(/\s+/)
    .filter(Boolean),
);

const STEM_LENGTH = 5;

/** The content words of a sentence, cut to a short stem so inflections compare equal. */
export function stems(sentence: string, ignore: ReadonlySet<string> = new Set()): Set<string> {
  const result = new Set<string>();
  for (const word of sentence.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (word.length < 4 || STOPWORDS.has(word) || ignore.has(word)) continue;
    result.add(word.slice(0, STEM_LENGTH));
  }
  return result;
}

/** Lower case, dashes unified, soft hyphens dropped, whitespace collapsed: how names are looked up. */
export function normalForm(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\u00ad/g, "")
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, " ")
    .toLowerCase();
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A phrase (already in normal form) occurs as whole words in a text in normal form. */
export function hasPhrase(normalText: string, phrase: string): boolean {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, "u");
  return pattern.test(normalText);
}

/** A word (in normal form) begins a word of the text, so inflected forms count. */
export function hasWordStart(normalText: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}`, "u").test(normalText);
}
