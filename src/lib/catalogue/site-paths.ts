/**
 * Which pages the site has, from the content: the one place that decides it. The routes in
 * src/pages/ take their paginated page sets from here (getStaticPaths), and `npm run check` and the
 * build's check take the whole list (sitePathCheck, passed to checkContent), so a body link to a path
 * no page has (/etc/passwd, /indsatser/findes-ikke/) is refused before anything is built.
 * tests/site/site-paths.test.ts compares the list with the pages a build writes.
 */
import { taggedWith } from "./approaches.ts";
import { groupByPhase, inPhase } from "./catalogue.ts";
import {
  entriesWith,
  examplesWith,
  facetByKey,
  type ExampleFacetSource,
  type FacetSource,
} from "./facets.ts";
import { paginate, type Page } from "./pagination.ts";
import { routes } from "./routes.ts";
import { closestMatch } from "../schema/suggest.ts";
import { APPROACH_SLUGS, type ApproachBasis, type ApproachSlug } from "../vocabulary/approaches.ts";
import { ELEMENT_KEYS } from "../vocabulary/elements.ts";
import type { MunicipalitySlug } from "../vocabulary/geography.ts";
import type { PhaseSlug } from "../vocabulary/phases.ts";

/** An intervention as the page sets need it; a collection entry satisfies it. */
export type SiteEntry = {
  id: string;
  data: FacetSource & {
    title: string;
    phase: PhaseSlug;
    approaches: readonly { id: ApproachSlug; known: ApproachBasis }[];
  };
};
/** A governance example as the page sets need it. */
export type SiteExample = {
  id: string;
  data: ExampleFacetSource & {
    municipalities: readonly MunicipalitySlug[];
    approaches: readonly { id: ApproachSlug; known: ApproachBasis }[];
  };
};

/** The facets with a static page per used value (/kommune/<slug>/ …), besides phases and approaches. */
export const FILTER_PAGE_FACETS = ["maalgruppe", "forankring", "region", "kommune"] as const;
export type FilterPageFacet = (typeof FILTER_PAGE_FACETS)[number];

/** /indsatser/: every intervention, phase by phase. */
export function interventionListPages<E extends SiteEntry>(entries: readonly E[]): Page<E>[] {
  return paginate(
    groupByPhase(entries).flatMap((group) => group.entries),
    routes.interventions(),
  );
}

/** /fase/<phase>/: the interventions of one phase (only for phases with an introduction). */
export function phasePages<E extends SiteEntry>(entries: readonly E[], phase: PhaseSlug): Page<E>[] {
  return paginate(inPhase(entries, phase), routes.phase(phase));
}

/** /tilgang/<slug>/: the interventions tagged with one approach. */
export function approachPages<E extends SiteEntry>(entries: readonly E[], slug: ApproachSlug) {
  return paginate(taggedWith(entries, slug), routes.approach(slug));
}

/** Entries on one page of the editors' review list (/gennemgang/): each shows its whole record and request. */
export const REVIEW_PAGE_SIZE = 100;

/**
 * /gennemgang/: the review list (src/lib/catalogue/review.ts) in pages, so the page stays small however
 * large the catalogue grows; page 1 keeps the list's own URL.
 */
export function reviewPages<T>(items: readonly T[]): Page<T>[] {
  return paginate(items, routes.review(), REVIEW_PAGE_SIZE);
}

/** Governance examples belong on the pages of their municipalities and regions. */
/** The filter pages of one facet: one paginated set per value that has entries or examples. */
export function filterPageSets<E extends SiteEntry, G extends SiteExample>(
  facetKey: FilterPageFacet,
  entries: readonly E[],
  examples: readonly G[],
): { value: string; base: string; pages: Page<E>[]; examples: G[] }[] {
  const facet = facetByKey(facetKey);
  const href = facet.href;
  if (!href) throw new Error(`Facet "${facetKey}" has no filter pages.`);
  return facet.values.flatMap(({ value }) => {
    const matching = entriesWith(entries, facet, value);
    // Examples are selected as facetCounts counts them, so a page and the facets give the same numbers.
    const placed = examplesWith(examples, facet, value);
    if (matching.length === 0 && placed.length === 0) return [];
    const base = href(value);
    return [{ value, base, pages: paginate(matching, base), examples: placed }];
  });
}

/** Routes without parameters that are not pages of their own: Pagefind's bundle, an anchor on a page. */
const NOT_PAGES: readonly string[] = ["pagefindBundle", "rubric"];

/**
 * Every route that needs no parameter (every static page and data file: /om/, /gennemgang/, /soeg/,
 * /feed.xml …), read from routes itself, so a page added there is known here without a second list.
 * A route that needs a parameter gives "undefined" in its path when called without one and is left out.
 */
const STATIC_PATHS: readonly string[] = Object.entries(routes)
  .filter(([name]) => !NOT_PAGES.includes(name))
  .map(([, route]) => (route as (...args: unknown[]) => string)())
  .filter((path) => !path.includes("undefined") && !path.includes("#"));

/** The content the page list depends on. */
export type SiteContent = {
  interventions: readonly SiteEntry[];
  governance: readonly SiteExample[];
  /** The phases that have an introduction in content/phases/ (each has a page). */
  phases: readonly PhaseSlug[];
};

/** Every path the site serves a page or a file at, as links write them (/indsatser/skub/). */
export function sitePaths(content: SiteContent): Set<string> {
  const { interventions, governance, phases } = content;
  const paths = new Set<string>(STATIC_PATHS);
  const add = (pages: readonly { url: string }[]) => pages.forEach((page) => paths.add(page.url));
  add(interventionListPages(interventions));
  for (const entry of interventions) {
    paths.add(routes.intervention(entry.id));
    paths.add(routes.compareData(entry.id));
  }
  for (const example of governance) paths.add(routes.governanceExample(example.id));
  for (const phase of phases) add(phasePages(interventions, phase));
  for (const slug of APPROACH_SLUGS) add(approachPages(interventions, slug));
  for (const key of ELEMENT_KEYS) paths.add(routes.element(key));
  add(reviewPages(interventions));
  for (const facet of FILTER_PAGE_FACETS) {
    for (const set of filterPageSets(facet, interventions, governance)) add(set.pages);
  }
  return paths;
}

/**
 * Why a link to a path on this site (/…, with or without ?query and #fragment) leads nowhere, in
 * Danish, or undefined when a page has that path.
 */
export function sitePathProblem(url: string, paths: ReadonlySet<string>): string | undefined {
  const path = url.replace(/[?#].*$/, "");
  if (paths.has(path)) return undefined;
  if (!path.endsWith("/") && paths.has(`${path}/`)) {
    return `Siden hedder ${path}/ med / til sidst. Skriv linket sådan, så det ikke fører til en side, der ikke findes.`;
  }
  const wanted = path.replace(/\/side\/\d+\/$/, "/");
  const near =
    wanted.length <= 120
      ? closestMatch(
          wanted,
          [...paths].map((value) => ({ value })),
        )
      : undefined;
  const hint = near ? ` Mente du: "${near}"?` : "";
  const shown = path.length > 80 ? `${path.slice(0, 79)}…` : path;
  return `Der er ingen side på sitet med adressen ${shown}. Link kun til sider, der findes, fx /indsatser/<filnavn>/ eller /tilgang/, eller link til en anden side med https://.${hint}`;
}

/** A judge of body links to site paths for the check (src/lib/check/check.ts, CheckOptions). */
export function sitePathCheck(content: SiteContent): (url: string) => string | undefined {
  const paths = sitePaths(content);
  return (url) => sitePathProblem(url, paths);
}
