import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  FACETS,
  facetCounts,
  PAGE_SIZE,
  pageUrl,
  routes,
  STATUS_FACET_KEY,
} from "../../src/lib/catalogue/index.ts";
import { ASSESSED_FILTER, PAGE_KIND } from "../../src/lib/search/index.ts";
import { assessedCount } from "../../src/lib/scores/index.ts";
import { APPROACH_SLUGS } from "../../src/lib/vocabulary/index.ts";
import { idsWith, loadCatalogue, loadGovernance } from "../support/catalogue.ts";
import { attributeValues, DIST, readPage, requireBuild } from "../support/dist.ts";
import { indexedFilters, rawIndexedPages } from "../support/search-index.ts";

const catalogue = loadCatalogue();
const pagedFacets = FACETS.filter((facet) => facet.href && facet.key !== "fase");

beforeAll(requireBuild);

/** Entries listed across every page of a paginated listing. */
function listedOn(base: string): string[] {
  const ids: string[] = [];
  for (let n = 1; existsSync(join(DIST, pageUrl(base, n), "index.html")); n++) {
    ids.push(...attributeValues(readPage(pageUrl(base, n)), "data-entry"));
  }
  return ids.sort();
}

describe("static filter pages and the search index", () => {
  it.each(pagedFacets.map((facet) => [facet.key, facet] as const))(
    "%s: one page per used value, listing exactly its entries, with the count in the heading",
    (_key, facet) => {
      const used = facetCounts(catalogue, facet).filter((v) => v.count > 0);
      expect(used.length).toBeGreaterThan(0);
      for (const { value, count } of used) {
        const base = facet.href!(value);
        expect(listedOn(base), base).toEqual(idsWith(catalogue, facet, value));
        expect(readPage(base)).toContain(`data-filter-count="${count}"`);
      }
    },
  );

  it("keeps every listing page at or under the page size", () => {
    for (const facet of pagedFacets) {
      for (const { value } of facet.values) {
        const base = facet.href!(value);
        if (!existsSync(join(DIST, base, "index.html"))) continue;
        expect(attributeValues(readPage(base), "data-entry").length).toBeLessThanOrEqual(PAGE_SIZE);
      }
    }
  });

  it.each(pagedFacets.map((facet) => [facet.key, facet] as const))(
    "%s: the overview lists every used value with the same count as its filter page",
    (_key, facet) => {
      const overview = readPage(facet.overview!.href);
      const counts = facetCounts(catalogue, facet);
      const used = counts.filter((v) => v.count > 0);
      // An overview may also list values without entries (every approach has a page), but only with 0.
      const listed = attributeValues(overview, "data-value");
      expect(new Set(listed).size, "no value listed twice").toBe(listed.length);
      expect(listed).toEqual(expect.arrayContaining(used.map((v) => v.value)));
      for (const value of listed.filter((v) => !used.some((u) => u.value === v))) {
        expect(overview).toContain(`data-value="${value}" data-count="0"`);
      }
      for (const { value, count } of used) {
        expect(overview).toContain(`data-value="${value}" data-count="${count}"`);
        expect(overview).toContain(`href="${facet.href!(value)}"`);
      }
    },
  );

  it("links every tag on an intervention page to a filter page that exists", () => {
    let checked = 0;
    for (const entry of catalogue) {
      const html = readPage(`indsatser/${entry.id}`);
      for (const facet of FACETS.filter((f) => f.href)) {
        for (const value of facet.valuesOf(entry.data)) {
          const href = facet.href!(value);
          expect(html, `${entry.id} → ${href}`).toContain(`href="${href}"`);
          expect(existsSync(join(DIST, href, "index.html")), href).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(catalogue.length * 4);
  });

  it("indexes exactly the intervention pages, governance examples, approach pages and pages about the site, in Danish", () => {
    const entry = JSON.parse(readFileSync(join(DIST, "pagefind", "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(["da"]);
    const indexed = indexedFilters();
    const pagesOfKind = (kind: string) =>
      [...indexed]
        .filter(([, filters]) => filters.includes(`${PAGE_KIND.filter}:${kind}`))
        .map(([path]) => path);
    const sitePages = pagesOfKind(PAGE_KIND.site);
    expect(sitePages).toContain(routes.contribute());
    // Only the first page of each approach: its description, not the paginated lists.
    expect(pagesOfKind(PAGE_KIND.approach).sort()).toEqual(APPROACH_SLUGS.map(routes.approach).sort());
    expect(entry.languages["da"]!.page_count).toBe(
      catalogue.length + loadGovernance().length + APPROACH_SLUGS.length + sitePages.length,
    );
  });

  it("gives the index every facet value of an entry as a filter, and its meta", () => {
    const entry = catalogue.find((e) => e.id === "ips-ung")!;
    const page = rawIndexedPages().find((indexed) => indexed.url === routes.intervention(entry.id))!;
    const filters = indexedFilters().get(routes.intervention(entry.id))!;
    const expected = FACETS.flatMap((facet) =>
      facet.valuesOf(entry.data).map((value) => `${facet.key}:${value}`),
    );
    // Search adds the status filter, which depends on the build date (tests/site/freshness.test.ts),
    // and the elements assessed, which it sorts by (tests/site/score-display.test.ts).
    const status = filters.filter((filter) => filter.startsWith(`${STATUS_FACET_KEY}:`));
    expect(status).toHaveLength(1);
    const assessed = filters.filter((filter) => filter.startsWith(`${ASSESSED_FILTER}:`));
    expect(assessed).toHaveLength(assessedCount(entry.data.scores));
    const facetFilters = filters.filter((filter) => !status.includes(filter) && !assessed.includes(filter));
    expect(facetFilters.sort()).toEqual(expected.sort());
    expect(filters).toContain(`${PAGE_KIND.filter}:${PAGE_KIND.intervention}`);
    expect(filters).toContain("indhold:uddybende-case");
    // The result line's meta, and the facts and tags a reader may search for (not excerpted).
    // The result line's title comes from the page's <h1>, as Pagefind takes it.
    expect(Object.keys(page.meta).sort()).toEqual([
      "ansvarlig",
      "datoer",
      "dokumentation",
      "fase",
      "forankringstekst",
      "kommune",
      "maalgruppetekst",
      "status",
      "sted",
      "summary",
      "tilgange",
      "title",
    ]);
  });

  it("gives a governance example the filters of the facets that apply to it: kind, approach and place", () => {
    const example = loadGovernance().find((e) => e.id === "silkeborg-ungestrategi")!;
    const filters = attributeValues(readPage(routes.governanceExample(example.id)), "data-pagefind-filter");
    expect(filters.sort()).toEqual(
      [
        `${PAGE_KIND.filter}:${PAGE_KIND.example}`,
        `${PAGE_KIND.notIntervention}:${PAGE_KIND.example}`,
        ...example.data.approaches.map((tag) => `tilgang:${tag.id}`),
        "kommune:silkeborg",
        "region:midtjylland",
      ].sort(),
    );
  });

  it("links each phase page to the search with the phase chosen", () => {
    const html = readPage("fase/fastholdelse");
    expect(html).toContain('href="/soeg/?fase=fastholdelse" data-phase-search');
  });
});
