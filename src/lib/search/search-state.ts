/**
 * A search is a URL: `?q=<text>&<facet>=<value>&<facet>=<value>…`. Within a facet the values are
 * alternatives (OR); across facets they narrow (AND). `sortering=<key>` orders the results. This module has no imports so the search
 * island stays small; callers pass the facet keys they know.
 */
export const QUERY_PARAM = "q";
export const SORT_PARAM = "sortering";

/** `sort` is a Pagefind sort key (results highest first); without it, results follow relevance. */
export type SearchState = { q: string; filters: Record<string, string[]>; sort?: string };

export function emptyState(): SearchState {
  return { q: "", filters: {} };
}

/** Reads a state from a query string, keeping only known facets and dropping duplicates and blanks. */
export function parseSearchState(
  search: string | URLSearchParams,
  facetKeys: readonly string[],
  sortKeys: readonly string[] = [],
): SearchState {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const filters: Record<string, string[]> = {};
  for (const key of facetKeys) {
    const values = [...new Set(params.getAll(key).map((value) => value.trim()))].filter(Boolean);
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get(SORT_PARAM) ?? "";
  return { q: (params.get(QUERY_PARAM) ?? "").trim(), filters, ...(sortKeys.includes(sort) && { sort }) };
}

/** The query string for a state, "" when nothing is chosen; `q` first, then facets in the given order. */
export function toQueryString(
  state: SearchState,
  facetKeys: readonly string[] = Object.keys(state.filters),
): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set(QUERY_PARAM, q);
  for (const key of facetKeys) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort) params.set(SORT_PARAM, state.sort);
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function isEmptyState(state: SearchState): boolean {
  return state.q.trim() === "" && Object.values(state.filters).every((values) => values.length === 0);
}

export function sameState(a: SearchState, b: SearchState, facetKeys: readonly string[]): boolean {
  return toQueryString(a, facetKeys) === toQueryString(b, facetKeys);
}

/**
 * The index also holds the approach pages and a few pages about the site itself (such as /bidrag/).
 * Every indexed page carries this Pagefind filter, so the result list and its count hold
 * interventions and governance examples only, and the other pages that match the words are shown apart.
 */
export const PAGE_KIND = {
  filter: "side",
  /**
   * A second filter, only on the pages that are not interventions, with the same kinds. The searches
   * every visit makes (the result list without approach and site pages, the examples' count, the
   * boxes of other pages) use it, so they read a filter file of a few dozen pages, not one listing
   * every intervention; `side` is read when a reader picks a kind.
   */
  notIntervention: "ikke-indsats",
  intervention: "indsats",
  example: "eksempel",
  approach: "tilgang",
  site: "om-sitet",
} as const;

/** Pagefind's filter object: any of the values within a facet, all facets together. */
export function pagefindFilters(state: SearchState, except?: string): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(state.filters)) {
    if (key !== except && values.length > 0) filters[key] = { any: values };
  }
  return filters;
}
