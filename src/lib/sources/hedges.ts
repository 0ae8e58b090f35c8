/**
 * Does a claim keep the passage's hedges? The catalogue's own hedges ("kan", "kan med fordel", "ser
 * ud til", "medvirkende", "ikke nødvendigvis", "risiko for", "i mange tilfælde", "ofte", "bl.a.") say
 * how sure it is; a claim that restates a hedged sentence as a plain fact is stronger than its source.
 *
 * The heuristic pairs sentences. Each claim sentence and each passage sentence is reduced to its
 * content-word stems. A hedged passage sentence and a claim sentence are a pair when they share at
 * least MIN_SHARED stems (and a fair share of the passage sentence's; for a short claim sentence two
 * stems that make up much of it), the claim sentence is the hedged sentence's closest claim sentence,
 * and the hedged sentence is nearly as close to it as any passage sentence (RELATIVE). So a claim
 * sentence that paraphrases a different, unhedged sentence is not held to a hedge it never restated,
 * while a sentence that merges several source sentences is held to each. In a pair, the claim sentence must
 * carry a hedge of the same kind (possibility, frequency, contribution, open list, not necessarily,
 * risk); the words that count on the claim's side are broader than the passage's triggers. Pure.
 */
import { escapeRegExp, hasPhrase, normalForm, sentences, stems } from "./text.ts";

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
      triggers: ["bl.a.", "blandt andet", "blandt andre"],
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

/** Every hedge word, so they never count as content words when sentences are paired. */
const HEDGE_WORDS = new Set(
  HEDGE_KINDS.flatMap((kind) => [...HEDGES[kind].triggers, ...HEDGES[kind].keeps]).flatMap((phrase) =>
    phrase.split(/\s+/),
  ),
);

/** A pair shares at least MIN_SHARED content stems and MIN_SHARE of the hedged sentence's … */
export const MIN_SHARED = 3;
export const MIN_SHARE = 0.25;
/** … or, for a short claim sentence, at least two stems that make up MIN_CLAIM_SHARE of it. */
export const MIN_CLAIM_SHARE = 0.4;
/** The hedged sentence must be nearly as close to the claim sentence as the claim's closest passage sentence. */
export const RELATIVE = 0.6;

/** A clause opened by a relative pronoun describes a detail ("erhverv, som uddannelsen kan pege hen mod"). */
const RELATIVE_CLAUSE = /^\s*(?:som|der|hvor|hvilket|hvilke|hvis)(?![\p{L}])/u;

/**
 * The relative clause a possibility hedge stands in, if it does: there it qualifies a detail, and it
 * binds only a claim that restates that clause.
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

function occurrences(text: string, phrase: string): number[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, "gu");
  return [...text.matchAll(pattern)].map((match) => match.index);
}

export type Hedge = { kind: HedgeKind; word: string; clause?: string | undefined };

/** The hedges a sentence carries, with the words that carry them (and the relative clause, if that is their scope). */
export function hedgesIn(sentence: string): Hedge[] {
  const text = normalForm(sentence);
  const found: Hedge[] = [];
  for (const kind of HEDGE_KINDS) {
    let best: Hedge | undefined;
    for (const trigger of HEDGES[kind].triggers) {
      for (const index of occurrences(text, trigger)) {
        const clause = kind === "mulighed" ? relativeClause(text, index) : undefined;
        if (!best || (best.clause && !clause)) best = { kind, word: trigger, clause };
      }
    }
    if (best) found.push(best);
  }
  return found;
}

/** A sentence keeps a hedge of one of these kinds. */
export function keepsHedge(sentence: string, kinds: readonly HedgeKind[]): boolean {
  const text = normalForm(sentence);
  return kinds.some((kind) => HEDGES[kind].keeps.some((word) => hasPhrase(text, word)));
}

export type DroppedHedge = {
  /** The claim's sentence that states without a hedge what the passage hedges. */
  claim: string;
  /** The passage's hedged sentence. */
  passage: string;
  /** The hedge words the passage uses. */
  words: string[];
  /** Offset of the passage sentence's first line in the passage (0-based), for a line number. */
  passageLine: number;
};

type Sentence = { text: string; stems: Set<string>; line: number };

function split(text: string): Sentence[] {
  const lines = text.split("\n");
  const result: Sentence[] = [];
  lines.forEach((line, index) => {
    for (const sentence of sentences(line))
      result.push({ text: sentence, stems: stems(sentence, HEDGE_WORDS), line: index });
  });
  return result;
}

function shared(a: Set<string>, b: Set<string>): number {
  let count = 0;
  for (const stem of a) if (b.has(stem)) count++;
  return count;
}

/** The claim's sentences that drop a hedge of the passage sentence they restate. */
export function droppedHedges(claim: string, passage: string): DroppedHedge[] {
  const claimSentences = split(claim);
  const passageSentences = split(passage);
  if (claimSentences.length === 0 || passageSentences.length === 0) return [];
  const scores = claimSentences.map((c) => passageSentences.map((p) => shared(c.stems, p.stems)));
  const dropped: DroppedHedge[] = [];
  passageSentences.forEach((p, j) => {
    const all = hedgesIn(p.text);
    if (all.length === 0 || p.stems.size === 0) return;
    const column = scores.map((row) => row[j]!);
    const best = Math.max(...column);
    column.forEach((score, i) => {
      if (score !== best) return;
      const c = claimSentences[i]!;
      const strong = score >= MIN_SHARED && score / p.stems.size >= MIN_SHARE;
      const short = score >= 2 && c.stems.size > 0 && score / c.stems.size >= MIN_CLAIM_SHARE;
      if (!strong && !short) return;
      // A claim sentence that clearly restates another passage sentence is not held to this one's hedge.
      if (score < RELATIVE * Math.max(...scores[i]!)) return;
      // A hedge inside a relative clause binds only a claim that restates that clause.
      const hedges = all.filter(
        (hedge) => !hedge.clause || shared(stems(hedge.clause, HEDGE_WORDS), c.stems) >= 2,
      );
      if (hedges.length === 0) return;
      if (
        keepsHedge(
          c.text,
          hedges.map((hedge) => hedge.kind),
        )
      )
        return;
      dropped.push({
        claim: c.text,
        passage: p.text,
        words: hedges.map((hedge) => hedge.word),
        passageLine: p.line,
      });
    });
  });
  return dropped;
}
