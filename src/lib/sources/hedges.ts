/**
 * Does a claim keep the passage's hedges? The catalogue's own hedges ("kan", "kan med fordel", "ser
 * ud til", "medvirkende", "ikke nødvendigvis", "risiko for", "i mange tilfælde", "ofte", "bl.a.") say
 * how sure it is; a claim that restates a hedged sentence as a plain fact is stronger than its source.
 *
 * The heuristic pairs sentences. Each claim sentence and each passage sentence is reduced to its
 * content-word stems and numbers, weighted by rarity in the passage (a word in every sentence, like
 * "uddannelse", says little). A hedged passage sentence and a claim sentence are a pair when the
 * claim sentence is the hedged sentence's closest claim sentence, they share at least MIN_SHARED
 * stems, and the shared weight is a fair part of both sentences (MIN_CLAIM_COVER, MIN_PASSAGE_COVER).
 * A claim sentence of a few words is a label, not a statement. So a long claim sentence about
 * something else is not held to a hedge it never restated, while a sentence that merges several
 * source sentences is held to each. A "kan" in a relative clause binds only a claim that restates
 * the clause; "bl.a." binds only where it opens a list; a sentence that names a place or body binds
 * only a claim that names it too. In a pair, the claim sentence must
 * carry a hedge of the same kind (possibility, frequency, contribution, open list, not necessarily,
 * risk); the words that count on the claim's side are broader than the passage's triggers. Pure.
 */
import { namesOf } from "./facts.ts";
import { escapeRegExp, hasPhrase, hasWordStart, normalForm, sentences, stems } from "./text.ts";

export type HedgeKind =
  "mulighed" | "hyppighed" | "medvirkende" | "eksempler" | "ikke-nødvendigvis" | "risiko";

/** Per kind: the passage words that hedge, and the claim words that keep such a hedge. */
export const HEDGES: Readonly<Record<HedgeKind, { triggers: readonly string[]; keeps: readonly string[] }>> =
  {
    mulighed: {
      triggers: [
        "kan",
        "kan med fordel",
        "kunne",
        "ser ud til",
        "tyder på",
        "synes at",
        "måske",
        "muligvis",
        "formentlig",
      ],
      keeps: [
        "kan",
        "kunne",
        "med fordel",
        "ser ud til",
        "så ud til",
        "tyder på",
        "synes",
        "måske",
        "muligvis",
        "formentlig",
        "sandsynligvis",
        "bør",
        "anbefaler",
        "anbefales",
        "mulighed",
        "muligt",
        "potentiale",
        "lægger op til",
        "åbner for",
      ],
    },
    hyppighed: {
      triggers: ["ofte", "i mange tilfælde", "typisk"],
      keeps: [
        "ofte",
        "tit",
        "typisk",
        "som regel",
        "i mange tilfælde",
        "mange",
        "nogle",
        "nogen",
        "en del",
        "hyppigt",
        "i reglen",
        "for det meste",
        "ikke altid",
        "kan",
      ],
    },
    medvirkende: {
      triggers: ["medvirkende", "medvirker"],
      keeps: [
        "medvirkende",
        "medvirke",
        "medvirker",
        "bidrag",
        "bidrage",
        "bidrager",
        "er med til",
        "være med til",
        "en af",
        "blandt",
        "faktor",
        "kan",
      ],
    },
    eksempler: {
      triggers: ["bl.a.", "blandt andet", "blandt andre", "kan fx", "kan eksempelvis", "kan for eksempel"],
      keeps: [
        "bl.a.",
        "bl. a.",
        "blandt andet",
        "blandt andre",
        "fx",
        "f.eks.",
        "for eksempel",
        "eksempelvis",
        "herunder",
        "bl.a",
        "m.fl.",
        "mv.",
        "osv.",
        "og andre",
        "blandt",
      ],
    },
    "ikke-nødvendigvis": {
      triggers: ["ikke nødvendigvis"],
      keeps: [
        "ikke nødvendigvis",
        "ikke altid",
        "ikke alle",
        "ikke alle steder",
        "nogle",
        "kan mangle",
        "langt fra alle",
      ],
    },
    risiko: {
      triggers: ["risiko for", "fare for", "i risiko"],
      keeps: ["risiko", "risikerer", "fare", "kan", "truet", "truede", "true"],
    },
  };

export const HEDGE_KINDS = Object.keys(HEDGES) as HedgeKind[];

/** The short hedge words, which never count as content words when sentences are paired. */
const HEDGE_WORDS = new Set(
  HEDGE_KINDS.flatMap((kind) => [...HEDGES[kind].triggers, ...HEDGES[kind].keeps])
    .flatMap((phrase) => phrase.split(/\s+/))
    // Short hedge words ("kan", "ofte", "bl.a.") are everywhere; longer ones ("risiko", "medvirkende")
    // also show which sentence a claim restates.
    .filter((word) => word.length < 6),
);

/** A pair shares at least MIN_SHARED content stems (or numbers) … */
export const MIN_SHARED = 2;
/** … which carry this share of the claim sentence's weight … */
export const MIN_CLAIM_COVER = 0.22;
/** … and this share of the hedged sentence's. */
export const MIN_PASSAGE_COVER = 0.15;
/** Shorter claim sentences are labels or fragments ("**Hvem driver den:**"), not statements. */
export const MIN_CLAIM_WORDS = 6;

/** A clause opened by a relative pronoun describes a detail ("erhverv, som uddannelsen kan pege hen mod"). */
const RELATIVE_CLAUSE = /^\s*(?:(?:og|eller|men)\s+)?(?:som|der|hvor|hvilket|hvilke|hvis)(?![\p{L}])/u;

/**
 * The relative clause a hedge stands in, if it does: there it qualifies a detail, and it binds only a
 * claim that restates that clause.
 */
function relativeClause(text: string, index: number): string | undefined {
  const before = text.slice(0, index);
  const start = Math.max(
    before.lastIndexOf(","),
    before.lastIndexOf(";"),
    before.lastIndexOf("("),
    before.lastIndexOf("–"),
  );
  if (start === -1 || !RELATIVE_CLAUSE.test(before.slice(start + 1))) return undefined;
  const after = text.slice(index);
  const end = after.search(/[,;)–]/);
  return text.slice(start + 1, end === -1 ? text.length : index + end);
}

/**
 * "kan" after "at", "så" or "for at" and a subject other than "der" or "det" says what someone is able
 * to do or is meant to do ("for at unge kan påbegynde en uddannelse", "At målgruppen kan vende
 * tilbage"), not how sure the source is; "at der kan ske en forandring" stays a hedge.
 */
const ABILITY = new RegExp(
  [
    // "for at unge kan påbegynde", "så de unge kan gå direkte", "når vi allerede tidligt kan hjælpe"
    "(?:^|[\\s,])(?:at|så|således at|for at|til at|når|hvis|fordi)\\s+(?!der\\s|det\\s)(?:[\\p{L}\\d-]+\\s+){1,5}$",
    // "den kontanthjælp, som ledige over 30 år kan få": a relative clause with a subject of its own
    "[,(]\\s*(?:og\\s+|eller\\s+)?(?:som|der|hvor)\\s+(?!der\\s|det\\s)(?:[\\p{L}\\d-]+\\s+){1,5}$",
    // "en kasse, man kan sætte de unge ned i", "vi kan handle på den": a person who can
    "(?:^|[\\s,])(?:man|vi|du|jeg)\\s+(?:[\\p{L}-]+\\s+){0,2}$",
    // "klædt på til at kunne klare sig" (but "vurderet til at kunne have fordel" is a hedge)
    "(?<!vurderet\\s|vurderes\\s|skønnet\\s)til at\\s+$",
  ].join("|"),
  "u",
);

/** "bl.a." hedges a list ("bl.a. Hjemløses Venner, Red Barnet og …"), not a sentence adverb ("Det handler bl.a. om at …"). */
function opensList(rest: string): boolean {
  const tail = rest.replace(/^\s*,/, "");
  const comma = tail.indexOf(",");
  if (comma === -1) return /^\s*(?:være|vaere)\s/.test(tail) && /\s(?:og|eller)\s|mv\.|m\.fl\./.test(tail);
  return !/^\s*(?:at|som|der|hvor|når|så|fordi|hvis|men|og)\s/.test(tail.slice(comma + 1));
}

/** Words a list item does not start with ("fra ungdomsskolen", "en lokal skole"). */
const ITEM_FILLER = new Set([
  "fra",
  "til",
  "med",
  "af",
  "i",
  "på",
  "om",
  "en",
  "et",
  "de",
  "den",
  "det",
  "være",
  "og",
  "eller",
]);

/**
 * The items of the list a "bl.a." opens, each by the start of its first word: the list runs to the
 * sentence's end or a closing parenthesis and is split at commas, "og" and "eller".
 */
function listItems(rest: string): string[] {
  const list = rest.replace(/^\s*,/, "").split(/[)]|\.\s*$/)[0] ?? "";
  return list
    .split(/,|\s(?:og|eller)\s/)
    .map((item) =>
      item
        .trim()
        .split(/\s+/)
        .find((word) => word.length >= 2 && !ITEM_FILLER.has(word)),
    )
    .filter((word): word is string => word !== undefined)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, "").slice(0, 5))
    .filter((word) => word !== "" && !["mv", "mfl", "osv"].includes(word));
}

function occurrences(text: string, phrase: string): number[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, "gu");
  return [...text.matchAll(pattern)].map((match) => match.index);
}

export type Hedge = {
  kind: HedgeKind;
  word: string;
  /** The relative clause it stands in, which a claim must restate to be bound by it. */
  clause?: string | undefined;
  /** For a list hedge ("bl.a."), the starts of the list's items, of which a claim must repeat two. */
  items?: string[] | undefined;
};

/** The hedges a sentence carries, with the words that carry them (and the relative clause, if that is their scope). */
export function hedgesIn(sentence: string): Hedge[] {
  const text = normalForm(sentence);
  const found: Hedge[] = [];
  for (const kind of HEDGE_KINDS) {
    let best: Hedge | undefined;
    // The longest phrase first, so "kan med fordel" is named as such and not as "kan".
    for (const trigger of [...HEDGES[kind].triggers].sort((a, b) => b.length - a.length)) {
      for (const index of occurrences(text, trigger)) {
        const rest = text.slice(index + trigger.length);
        if (kind === "eksempler" && !opensList(rest)) continue;
        if (kind === "mulighed" && /^(kan|kunne)$/.test(trigger)) {
          // "ikke kan" and "kan … ikke" are plain negations, "kan fx" gives examples, and "at unge
          // kan …" an ability or aim: none of them says how sure the source is.
          const before = text.slice(0, index);
          if (/(?:^|\s)ikke\s+$/.test(before) || /^\s+(?:\S+\s+){0,2}ikke(?:\s|$)/.test(rest)) continue;
          if (/^\s+(?:fx|f\.eks\.|eksempelvis|for eksempel)(?:\s|$)/.test(rest) || ABILITY.test(before))
            continue;
        }
        const clause = relativeClause(text, index);
        const items = kind === "eksempler" ? listItems(rest) : undefined;
        if (!best || (best.clause && !clause)) best = { kind, word: trigger, clause, items };
      }
    }
    if (best) found.push(best);
  }
  return found;
}

/** A sentence keeps a hedge of one of these kinds. */
export function keepsHedge(sentence: string, kinds: readonly HedgeKind[]): boolean {
  const text = normalForm(sentence);
  return kinds.some(
    (kind) =>
      HEDGES[kind].keeps.some((word) => hasPhrase(text, word)) ||
      // Danish splits "ser ud til" around its subject: "ser et målrettet tilbud ud til at …".
      (kind === "mulighed" && SPLIT_SEEMS.test(text)),
  );
}

const SPLIT_SEEMS = /(?<![\p{L}])(?:ser|så)\s+(?:[\p{L}\p{N}-]+\s+){1,5}ud til(?![\p{L}])/u;

export type DroppedHedge = {
  /** The claim's sentence that states without a hedge what the passage hedges. */
  claim: string;
  /** The passage's hedged sentences it restates, each with its hedge words and line offset in the passage (0-based). */
  passages: { text: string; words: string[]; line: number }[];
};

/** A claim sentence is reported with each hedged sentence it restates nearly as closely as its closest one. */
export const RELATIVE = 0.6;
/** A hedged sentence binds a claim sentence only if it is at least this close to it, relative to the claim's closest passage sentence. */
export const CLAIM_RELATIVE = 0.5;

type Sentence = { text: string; stems: Set<string>; line: number };

/** Content stems plus the numbers of a sentence ("#20"): a shared figure is strong evidence of a restatement. */
function evidence(sentence: string): Set<string> {
  const result = stems(sentence, HEDGE_WORDS);
  for (const number of sentence.match(/\d+(?:[.,]\d+)?/g) ?? []) result.add(`#${number.replace(",", ".")}`);
  return result;
}

function split(text: string): Sentence[] {
  // A table row's cells are separate statements.
  const lines = text.split("\n").map((line) => line.replaceAll("\t", "\n"));
  const result: Sentence[] = [];
  lines.forEach((line, index) => {
    for (const sentence of sentences(line)) {
      result.push({ text: sentence, stems: evidence(sentence), line: index });
    }
  });
  return result;
}

function repeatsItems(claimText: string, items: readonly string[]): boolean {
  const repeated = items.filter((item) => hasWordStart(claimText, item)).length;
  return repeated >= Math.min(2, items.length) && repeated > 0;
}

function shared(a: Set<string>, b: Set<string>): number {
  let count = 0;
  for (const stem of a) if (b.has(stem)) count++;
  return count;
}

type Prepared = { sentences: Sentence[]; weight: (stem: string) => number; hedges: Hedge[][] };

/** A passage is read once, however many claims cite it: its sentences, their weights and hedges. */
const PREPARED = new Map<string, Prepared>();
const MAX_PREPARED = 64;

function prepared(passage: string): Prepared {
  let found = PREPARED.get(passage);
  if (!found) {
    const sentences = split(passage);
    found = {
      sentences,
      weight: weights(sentences),
      hedges: sentences.map((sentence) => hedgesIn(sentence.text)),
    };
    if (PREPARED.size >= MAX_PREPARED) PREPARED.delete(PREPARED.keys().next().value!);
    PREPARED.set(passage, found);
  }
  return found;
}

/**
 * Rarity weights over the passage's sentences (inverse document frequency): a stem that appears in
 * most sentences ("uddannelse" in the catalogue) says little about which one a claim restates.
 */
function weights(passage: readonly Sentence[]): (stem: string) => number {
  const frequency = new Map<string, number>();
  for (const sentence of passage)
    for (const stem of sentence.stems) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  const count = passage.length;
  const cache = new Map<string, number>();
  return (stem) => {
    let value = cache.get(stem);
    if (value === undefined) {
      value = Math.log(1 + count / (frequency.get(stem) ?? 0.5));
      cache.set(stem, value);
    }
    return value;
  };
}

const sum = (items: Iterable<string>, weight: (stem: string) => number) => {
  let total = 0;
  for (const item of items) total += weight(item);
  return total;
};

/**
 * The claim's sentences that drop a hedge of the passage sentence they restate. `topic` is the
 * passage's heading (or headings): its words name what every sentence of the passage is about, so a
 * pair must share MIN_SHARED stems beyond them.
 */
export function droppedHedges(claim: string, passage: string, topic: readonly string[] = []): DroppedHedge[] {
  const topicStems = new Set(topic.flatMap((heading) => [...evidence(heading)]));
  const claimSentences = split(claim);
  const { sentences: passageSentences, weight, hedges: passageHedges } = prepared(passage);
  if (claimSentences.length === 0 || passageSentences.length === 0) return [];
  const scores = claimSentences.map((c) =>
    passageSentences.map((p) =>
      sum(
        [...c.stems].filter((stem) => p.stems.has(stem)),
        weight,
      ),
    ),
  );
  const pairs: { claim: number; score: number; passage: DroppedHedge["passages"][number] }[] = [];
  passageSentences.forEach((p, j) => {
    const all = passageHedges[j]!;
    if (all.length === 0 || p.stems.size === 0) return;
    const column = scores.map((row) => row[j]!);
    const best = Math.max(...column);
    if (best <= 0) return;
    column.forEach((score, i) => {
      if (score !== best) return;
      const c = claimSentences[i]!;
      // A label or fragment, or a sentence that only introduces what follows ("…:"), states nothing.
      if ((c.text.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_CLAIM_WORDS || /:\s*$/.test(c.text)) return;
      // The stems they share beyond the topic's own words show which sentence the claim restates.
      if ([...c.stems].filter((stem) => p.stems.has(stem) && !topicStems.has(stem)).length < MIN_SHARED)
        return;
      if (score < MIN_CLAIM_COVER * sum(c.stems, weight) || score < MIN_PASSAGE_COVER * sum(p.stems, weight))
        return;
      // A claim sentence that clearly restates another sentence of the passage is not held to this one.
      if (score < CLAIM_RELATIVE * Math.max(...scores[i]!)) return;
      // A sentence about a named place or body ("På Nyborg Kommunes jobcenter …") binds only a claim that names it.
      const names = namesOf(p.text).map((name) => normalForm(name.raw));
      const claimText = normalForm(c.text);
      if (
        names.length > 0 &&
        !names.some((name) => claimText.includes(name.slice(0, Math.max(3, name.length - 2))))
      )
        return;
      // A hedge inside a relative clause binds only a claim that restates that clause, and a list
      // hedge only a claim that repeats two of the list's items (or its only one).
      const hedges = all.filter(
        (hedge) =>
          (!hedge.clause || shared(evidence(hedge.clause), c.stems) >= 2) &&
          (!hedge.items || repeatsItems(claimText, hedge.items)),
      );
      if (hedges.length === 0) return;
      if (
        keepsHedge(
          c.text,
          hedges.map((hedge) => hedge.kind),
        )
      )
        return;
      pairs.push({
        claim: i,
        score,
        passage: { text: p.text, words: hedges.map((hedge) => hedge.word), line: p.line },
      });
    });
  });
  const dropped: DroppedHedge[] = [];
  claimSentences.forEach((c, i) => {
    const own = pairs.filter((pair) => pair.claim === i);
    if (own.length === 0) return;
    const top = Math.max(...own.map((pair) => pair.score));
    dropped.push({
      claim: c.text,
      passages: own.filter((pair) => pair.score >= RELATIVE * top).map((pair) => pair.passage),
    });
  });
  return dropped;
}
