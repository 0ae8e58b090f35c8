/**
 * When a search names a term of the vocabulary, or one of its synonyms, the search page offers the
 * matching filter ("Mente du målgruppen Psykisk sårbare?"); when it names a place, it points to the
 * place's page. The terms come from the vocabulary at build time (catalogue/search-terms.ts); this
 * module only matches words, so the search island stays small. It has no imports.
 */

/** A vocabulary value the search page can offer as a filter, with the words that name it. */
export type SearchTerm = {
  /** The facet key, also the URL parameter: "maalgruppe", "kommune" … */
  facet: string;
  value: string;
  label: string;
  /** Other words for the same value, from the vocabulary; for places also "Midtjylland" and the like. */
  synonyms?: readonly string[] | undefined;
  /** The value's own page, for the places that have one (those with interventions or examples). */
  page?: string | undefined;
  /** A municipality's region (its value in the region facet). */
  region?: string | undefined;
};

/**
 * The terms as the search page carries them: grouped by facet, one row per value, short keys
 * (value, label, synonyms, page, region), so the file stays small. Whether a value has results is
 * on the search page already: a value with results has a checkbox.
 */
export type SearchTermTable = Record<
  string,
  { v: string; l: string; s?: readonly string[]; p?: string; r?: string }[]
>;

export function toTermTable(terms: readonly SearchTerm[]): SearchTermTable {
  const table: SearchTermTable = {};
  for (const { facet, value, label, synonyms, page, region } of terms) {
    (table[facet] ??= []).push({
      v: value,
      l: label,
      ...(synonyms && synonyms.length > 0 && { s: synonyms }),
      ...(page && { p: page }),
      ...(region && { r: region }),
    });
  }
  return table;
}

export function fromTermTable(table: SearchTermTable): SearchTerm[] {
  return Object.entries(table).flatMap(([facet, rows]) =>
    rows.map(({ v, l, s, p, r }) => ({
      facet,
      value: v,
      label: l,
      ...(s && { synonyms: s }),
      ...(p && { page: p }),
      ...(r && { region: r }),
    })),
  );
}

/** How a sentence names a value of each facet: "målgruppen Psykisk sårbare". */
export const FACET_NOUNS: Readonly<Record<string, string>> = {
  fase: "fasen",
  tilgang: "tilgangen",
  maalgruppe: "målgruppen",
  forankring: "forankringen",
  region: "regionen",
  kommune: "kommunen",
};

/** The facets whose values are places, for pointing an empty search to a place's page. */
export const PLACE_FACETS = ["region", "kommune"] as const;

/** Words as the matching compares them: lower case, æ, ø, å written ae, oe, aa, so "Århus" is "aarhus". */
export function searchWords(text: string): string[] {
  return text
    .toLowerCase()
    .replaceAll("æ", "ae")
    .replaceAll("ø", "oe")
    .replaceAll("å", "aa")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Two words are the same when equal, or when one is the other with an ending of at most three letters
 * and the shorter has at least four ("sårbar" and "sårbare", "problem" and "problemer").
 */
function sameWord(typed: string, term: string): boolean {
  if (typed === term) return true;
  const [short, long] = typed.length < term.length ? [typed, term] : [term, typed];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3;
}

export type NamedTerm = {
  term: SearchTerm;
  /** Positions of the query's words (as searchWords splits them) that name the term. */
  from: number;
  to: number;
};

/**
 * The terms the query names, by the label or a synonym whose words all occur in a row in the query,
 * in the order they occur; where names overlap, the longer one wins ("Region Midtjylland" over a
 * municipality called "Midtjylland", had there been one).
 */
export function namedTerms(query: string, terms: readonly SearchTerm[]): NamedTerm[] {
  const words = searchWords(query);
  if (words.length === 0) return [];
  const found: NamedTerm[] = [];
  for (const term of terms) {
    for (const name of [term.label, ...(term.synonyms ?? [])]) {
      const phrase = searchWords(name);
      if (phrase.length === 0 || phrase.length > words.length) continue;
      for (let from = 0; from + phrase.length <= words.length; from++) {
        if (phrase.every((word, i) => sameWord(words[from + i]!, word))) {
          found.push({ term, from, to: from + phrase.length });
          break;
        }
      }
    }
  }
  // One name per value; longer names first, then drop names inside a longer one of another value.
  const byLength = found.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const kept: NamedTerm[] = [];
  for (const named of byLength) {
    const same = kept.find((k) => k.term.facet === named.term.facet && k.term.value === named.term.value);
    const inside = kept.some(
      (k) => k.from <= named.from && named.to <= k.to && k.to - k.from > named.to - named.from,
    );
    if (!same && !inside) kept.push(named);
  }
  return kept.sort((a, b) => a.from - b.from);
}

/** The query without the words that name a term, as the reader typed the rest. */
export function queryWithout(query: string, named: Pick<NamedTerm, "from" | "to">): string {
  const typed = query.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return typed.filter((_, i) => i < named.from || i >= named.to).join(" ");
}
