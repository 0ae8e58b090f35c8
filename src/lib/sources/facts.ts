/**
 * The hard facts of a claim (numbers, percentages, amounts, years, ages and proper names) and
 * whether a passage holds them. Danish number forms are normalised: "3,6 %" and "3.6", "1.247" and
 * "1 247", "tre" and "3", "halvdelen" and a share of 50–59 %. Pure.
 */
import { hasWordStart, normalForm, sentences } from "./text.ts";

export type NumberFact = { kind: "tal"; raw: string; value: number; share?: readonly [number, number] };
export type NameFact = { kind: "navn"; raw: string };
export type Fact = NumberFact | NameFact;

/** Number words, both ways: a claim's "tre" needs "tre" or "3" in the passage, and the other way round. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  syv: 7,
  otte: 8,
  ni: 9,
  ti: 10,
  elleve: 11,
  tolv: 12,
  tretten: 13,
  fjorten: 14,
  femten: 15,
  seksten: 16,
  sytten: 17,
  atten: 18,
  nitten: 19,
  tyve: 20,
  tredive: 30,
  fyrre: 40,
  halvtreds: 50,
  tres: 60,
  halvfjerds: 70,
  firs: 80,
  halvfems: 90,
  hundrede: 100,
  tusind: 1000,
};

/** Shares in words and the percentages they stand for (lower bound inclusive, upper exclusive). */
export const SHARE_WORDS: Readonly<Record<string, readonly [number, number]>> = {
  halvdelen: [50, 60],
  halvdel: [50, 60],
  tredjedel: [30, 37],
  fjerdedel: [24, 30],
};

/** Words before a number that make it part of the site's own structure, not a fact from the source. */
const STRUCTURAL = /(?:\b(?:del|trin|punkt|fase|afsnit|side)\s+)$/i;

/** Capitalised words that are not names even mid-sentence. */
export const NAME_STOPWORDS = new Set([
  "redaktionens",
  "kilde",
  "kilden",
  "kilderne",
  "forbehold",
  "læs",
  "se",
]);

const NUMBER = /(?<![\p{L}\p{N}])(\d+(?:[.\u00a0\u202f ]\d{3})+(?![\d])|\d+(?:[.,]\d+)?)/gu;

/** "1.247" and "1 247" are 1247; "3,6" and "3.6" are 3.6. */
export function numberValue(raw: string): number {
  const compact = raw.replace(/[\u00a0\u202f ]/g, "");
  if (/^\d+(?:\.\d{3})+$/.test(compact)) return Number(compact.replaceAll(".", ""));
  return Number(compact.replace(",", "."));
}

/** The numbers a claim states, number words and share words included. */
export function numbersOf(text: string): NumberFact[] {
  const facts: NumberFact[] = [];
  for (const match of text.matchAll(NUMBER)) {
    if (STRUCTURAL.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    facts.push({ kind: "tal", raw: match[0], value: numberValue(match[0]) });
  }
  for (const match of normalForm(text).matchAll(/\p{L}+/gu)) {
    const word = match[0];
    if (word in NUMBER_WORDS) facts.push({ kind: "tal", raw: word, value: NUMBER_WORDS[word]! });
    if (word in SHARE_WORDS)
      facts.push({ kind: "tal", raw: word, value: SHARE_WORDS[word]![0], share: SHARE_WORDS[word]! });
  }
  return facts;
}

/** What a passage holds: every number (with the parts of "1.1." dates and ranges), number words and share words. */
export type PassageFacts = { numbers: Set<number>; shareWords: Set<string>; text: string; squashed: string };

/** A passage's facts are read once, however many claims cite it. */
const FACTS = new Map<string, PassageFacts>();
const MAX_FACTS = 64;

export function passageFacts(text: string): PassageFacts {
  const cached = FACTS.get(text);
  if (cached) return cached;
  const facts = readPassageFacts(text);
  if (FACTS.size >= MAX_FACTS) FACTS.delete(FACTS.keys().next().value!);
  FACTS.set(text, facts);
  return facts;
}

function readPassageFacts(text: string): PassageFacts {
  const numbers = new Set<number>();
  for (const match of text.matchAll(NUMBER)) {
    numbers.add(numberValue(match[0]));
    for (const part of match[0].split(/[.,\u00a0\u202f ]/)) if (part !== "") numbers.add(Number(part));
  }
  const normal = normalForm(text);
  const shareWords = new Set<string>();
  for (const match of normal.matchAll(/\p{L}+/gu)) {
    const word = match[0];
    if (word in NUMBER_WORDS) numbers.add(NUMBER_WORDS[word]!);
    if (word in SHARE_WORDS) shareWords.add(word);
  }
  return { numbers, shareWords, text: normal, squashed: normal.replace(/[\s-]+/g, "") };
}

export function numberOccurs(fact: NumberFact, passage: PassageFacts): boolean {
  if (fact.share) {
    if ([...passage.shareWords].some((word) => SHARE_WORDS[word]![0] === fact.share![0])) return true;
    return [...passage.numbers].some((value) => value >= fact.share![0] && value < fact.share![1]);
  }
  return passage.numbers.has(fact.value);
}

const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*(?:[-'][\p{L}\p{N}]+)*/gu;

/** Proper names: capitalised words that do not open a sentence, and words in capitals (acronyms). */
export function namesOf(text: string): NameFact[] {
  const facts: NameFact[] = [];
  for (const sentence of sentences(text)) {
    const opening = /^[\s«»“”"'(\-–]*/u.exec(sentence)![0].length;
    for (const match of sentence.matchAll(CAPITALISED)) {
      const word = match[0];
      const acronym = word.length >= 2 && /^\p{Lu}{2,}/u.test(word);
      if (match.index === opening && !acronym) continue;
      if (NAME_STOPWORDS.has(word.toLowerCase())) continue;
      facts.push({ kind: "navn", raw: word });
    }
  }
  return facts;
}

/** Danish endings a name takes in running text: genitive, definite article, plural. */
const NAME_ENDINGS = ["erne", "ernes", "enes", "ens", "ets", "en", "et", "ne", "s", "'s"];

/**
 * A name occurs in a passage: as a word start (so inflections count), without a Danish ending
 * ("Randers Kommunes", "Benchmarkingenheden"), by its first part ("IPS-konsulenten"), or with
 * hyphens and spaces ignored ("Benchmarking-enhed").
 */
export function nameOccurs(name: string, passage: PassageFacts): boolean {
  const word = normalForm(name);
  const candidates = new Set([word]);
  for (const ending of NAME_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 4)
      candidates.add(word.slice(0, -ending.length));
  }
  const hyphen = word.indexOf("-");
  if (hyphen >= 2) candidates.add(word.slice(0, hyphen));
  for (const candidate of candidates) {
    if (hasWordStart(passage.text, candidate)) return true;
    if (candidate.length >= 5 && passage.squashed.includes(candidate.replace(/[\s-]+/g, ""))) return true;
  }
  return false;
}

/** The facts of a claim that a passage does not hold, each named once. */
export function missingFacts(claim: string, passage: PassageFacts): Fact[] {
  const missing: Fact[] = [];
  const seen = new Set<string>();
  for (const fact of [...numbersOf(claim), ...namesOf(claim)]) {
    const key = `${fact.kind}:${fact.raw.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const found = fact.kind === "tal" ? numberOccurs(fact, passage) : nameOccurs(fact.raw, passage);
    if (!found) missing.push(fact);
  }
  return missing;
}
