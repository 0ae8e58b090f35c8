/**
 * The orders besides relevance, without a Pagefind sort key per order. Each sort key Pagefind holds
 * puts a list of every page into the index's metadata, which every search downloads first: 13 keys
 * made it three times Starlight's. So only the title is a sort key (the order without words), and
 * the other orders come from filters the page loads only when a reader sorts: the element facets'
 * thresholds ("mindst-2") and ASSESSED_FILTER, which names the elements the editors have assessed.
 * A few filter-only searches tell which results reach which level; the results are then reordered
 * by that rank, keeping their order (relevance, or the title without words) among equals.
 * No imports, so the search island stays small (see browser.ts).
 */

/** The order of a search without words: by title. The one Pagefind sort key, on the page titles. */
export const TITLE_SORT = "titel";
/** "Flest vurderede elementer": the number of elements assessed, highest first. */
export const ASSESSED_SORT = "vurderede";
/** The Pagefind filter whose values are the elements an entry is assessed on (at any level, 0 too). */
export const ASSESSED_FILTER = "vurderet";
const ELEMENT_SORT_PREFIX = "niveau-";

/** The sort key of "highest level first" on one element. */
export function elementSort(key: string): string {
  return `${ELEMENT_SORT_PREFIX}${key}`;
}

type AnyFilter = Record<string, { any: string[] }>;

/**
 * How a sort key ranks a page: by the searches (filters only) that find it. With `highest`, a page
 * ranks as the highest search that finds it; with `count`, as the number of searches that find it.
 * `missing` is the rank of a page no search finds.
 */
export type SortPlan = {
  searches: { rank: number; filters: AnyFilter }[];
  combine: "highest" | "count";
  missing: number;
};

/**
 * The plan for a sort key. `thresholds` are an element facet's values with their levels, e.g.
 * [[1, "mindst-1"], [2, "mindst-2"], [3, "mindst-3"]]; `elementKeys` the elements.
 * An assessed element at level 0 ranks 0, above an element not assessed (-1).
 */
export function sortPlan(
  sort: string,
  elementKeys: readonly string[],
  thresholds: readonly (readonly [number, string])[],
): SortPlan | undefined {
  if (sort === ASSESSED_SORT) {
    return {
      searches: elementKeys.map((key) => ({ rank: 1, filters: { [ASSESSED_FILTER]: { any: [key] } } })),
      combine: "count",
      missing: 0,
    };
  }
  const key = sort.startsWith(ELEMENT_SORT_PREFIX) ? sort.slice(ELEMENT_SORT_PREFIX.length) : "";
  if (!elementKeys.includes(key)) return undefined;
  return {
    searches: [
      { rank: 0, filters: { [ASSESSED_FILTER]: { any: [key] } } },
      ...thresholds.map(([level, value]) => ({ rank: level, filters: { [key]: { any: [value] } } })),
    ],
    combine: "highest",
    missing: -1,
  };
}

/** Each page's rank, from the ids each of the plan's searches found (in the plan's order). */
export function ranksFrom(plan: SortPlan, found: readonly (readonly string[])[]): Map<string, number> {
  const ranks = new Map<string, number>();
  plan.searches.forEach(({ rank }, i) => {
    for (const id of found[i] ?? []) {
      const known = ranks.get(id);
      if (plan.combine === "count") ranks.set(id, (known ?? 0) + rank);
      else if (known === undefined || rank > known) ranks.set(id, rank);
    }
  });
  return ranks;
}

/** The results, highest rank first; among equal ranks in the order they came in. */
export function rankedOrder<T extends { id: string }>(
  results: readonly T[],
  ranks: ReadonlyMap<string, number>,
  missing: number,
): T[] {
  const rankOf = (result: T) => ranks.get(result.id) ?? missing;
  // Array.prototype.sort is stable, so equals keep their order.
  return [...results].sort((a, b) => rankOf(b) - rankOf(a));
}
