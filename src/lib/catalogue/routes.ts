/** Every internal URL is built here, so pages, links and tests agree. */
import { ADD_PARAM, compareQuery } from "../compare/compare-state.ts";
import { toQueryString, type SearchState } from "../search/search-state.ts";
import type { AnchoringTag } from "../vocabulary/anchoring.ts";
import type { ApproachSlug } from "../vocabulary/approaches.ts";
import type { ElementKey } from "../vocabulary/elements.ts";
import type { MunicipalitySlug, RegionSlug } from "../vocabulary/geography.ts";
import type { PhaseSlug } from "../vocabulary/phases.ts";
import type { TargetGroupTag } from "../vocabulary/target-groups.ts";

/** The `[...page]` route parameter for a page: undefined for page 1, "side/<n>" after it. */
export function pageParam(number: number): string | undefined {
  return number <= 1 ? undefined : `side/${number}`;
}

/** Page 1 of a listing lives at its base URL, later pages under `side/<n>/`. */
export function pageUrl(base: string, page: number): string {
  const param = pageParam(page);
  return param ? `${base}${param}/` : base;
}

export const routes = {
  home: () => "/",
  /** The browser editor (Decap CMS); not a site page: no search index, no sitemap, noindex. */
  admin: () => "/admin/",
  /**
   * The editors' review list (src/lib/catalogue/review.ts): noindex, not in the navigation, not in the search index
   * (no data-pagefind-body) and, like every page, in no sitemap (the site has none); CONTRIBUTING.md links it.
   */
  review: () => "/gennemgang/",
  interventions: () => "/indsatser/",
  intervention: (slug: string) => `/indsatser/${slug}/`,
  phase: (phase: PhaseSlug) => `/fase/${phase}/`,
  targetGroups: () => "/maalgruppe/",
  targetGroup: (tag: TargetGroupTag) => `/maalgruppe/${tag}/`,
  anchorings: () => "/forankring/",
  anchoring: (tag: AnchoringTag) => `/forankring/${tag}/`,
  regions: () => "/region/",
  region: (slug: RegionSlug) => `/region/${slug}/`,
  municipalities: () => "/kommune/",
  municipality: (slug: MunicipalitySlug) => `/kommune/${slug}/`,
  approaches: () => "/tilgang/",
  approach: (slug: ApproachSlug) => `/tilgang/${slug}/`,
  /** A part of the catalogue: its section on the approaches overview. */
  part: (part: string) => `/tilgang/#${part}`,
  governanceExamples: () => "/styring/",
  governanceExample: (slug: string) => `/styring/${slug}/`,
  search: (state?: SearchState) => `/soeg/${state ? toQueryString(state) : ""}`,
  /** The vocabulary terms a search may name (search/vocabulary-offers.ts), loaded once words are typed. */
  searchTerms: () => "/soeg/termer.json",
  /** Where the search island loads Pagefind from; written by the build (src/integrations/pagefind.ts). */
  pagefindBundle: () => "/pagefind/",
  about: () => "/om/",
  contribute: () => "/bidrag/",
  method: () => "/metode/",
  /** The rubric table on the method page. */
  rubric: () => "/metode/#rubrik",
  elements: () => "/element/",
  element: (key: ElementKey) => `/element/${key}/`,
  data: () => "/data/",
  dataJson: () => "/data/indsatser.json",
  dataCsv: () => "/data/indsatser.csv",
  dataSchema: () => "/data/schema.json",
  dataGovernanceJson: () => "/data/styring.json",
  dataGovernanceCsv: () => "/data/styring.csv",
  dataGovernanceSchema: () => "/data/styring-schema.json",
  feed: () => "/feed.xml",
  /** The comparison of the given entries; see src/lib/compare/compare-state.ts. */
  compare: (ids: readonly string[] = []) => `/sammenlign/${compareQuery(ids)}`,
  /** A plain link that adds one entry to the reader's current comparison. */
  compareAdd: (slug: string) => `/sammenlign/?${ADD_PARAM}=${encodeURIComponent(slug)}`,
  /** The small JSON file the compare page fetches for one entry. */
  compareData: (slug: string) => `/data/indsatser/${slug}.json`,
  results: () => "/resultater/",
  /** The caveat every result figure links to: what the figures are and why they are not effects. */
  resultsCaveat: () => "/resultater/#forbehold",
  accessibility: () => "/tilgaengelighed/",
} as const;
