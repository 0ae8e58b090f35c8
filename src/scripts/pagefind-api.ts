/** The part of Pagefind's browser API (pagefind.js, written by the build) this site uses. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export type PagefindResultData = {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
};

export type PagefindSearch = {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: PagefindFilterCounts;
  totalFilters: PagefindFilterCounts;
  unfilteredResultCount: number;
};

/** Per filter, pages with any of the values, or (none) pages with none of them or without the filter. */
export type PagefindFilters = Record<string, { any: string[] } | { none: string[] }>;

export type PagefindApi = {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  /** Loads every filter's index; until then a search reports counts only for filters it used. */
  filters: () => Promise<PagefindFilterCounts>;
  search: (
    term: string | null,
    options?: { filters?: PagefindFilters; sort?: Record<string, "asc" | "desc"> },
  ) => Promise<PagefindSearch | null>;
};

/**
 * Loads the bundle at run time; the URL is not known to the bundler, which must leave it alone.
 * A named instance is a second, independent copy of Pagefind (modules are keyed by URL): once an
 * instance has loaded every filter, each of its searches also counts all facet values, which costs
 * hundreds of milliseconds on a large catalogue. So results come from one instance and counts from
 * another.
 */
export async function loadPagefind(bundleUrl: string, instance?: string): Promise<PagefindApi> {
  const url = `${bundleUrl}pagefind.js${instance ? `?${instance}` : ""}`;
  const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
  await api.options({ excerptLength: 28 });
  await api.init();
  return api;
}
