/** The text the search index holds for each page, which is what result excerpts show. */
import { beforeAll, describe, expect, it } from "vitest";
import { PHASES, APPROACH_BASES, APPROACHES } from "../../src/lib/vocabulary/index.ts";
import { routes } from "../../src/lib/catalogue/index.ts";
import { DIST, requireBuild } from "../support/dist.ts";
import { COMPOUND_MARK, readableIndexText, SEARCH_RECORDS_FILE } from "../../src/lib/search/index.ts";
import { GLUED_LABEL, indexedPages, rawIndexedPages, type IndexedPage } from "../support/search-index.ts";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { INDEXED_PAGES } from "../../src/integrations/pagefind.ts";
import { listHtmlPages } from "../../scripts/lib/site-pages.ts";

let pages: IndexedPage[];

beforeAll(() => {
  requireBuild();
  pages = indexedPages();
});

describe("the pages the index reads", () => {
  it("are all the pages with data-pagefind-body: the build reads no other page, and misses none", () => {
    const withBody = listHtmlPages(DIST)
      .filter(({ file }) => readFileSync(file, "utf8").includes("data-pagefind-body"))
      .map(({ urlPath }) => urlPath);
    expect(withBody.filter((path) => !INDEXED_PAGES.some((pattern) => pattern.test(path)))).toEqual([]);
    expect(new Set(pages.map((page) => page.url))).toEqual(new Set(withBody));
  });
});

describe("the search records (src/lib/search/search-record.ts)", () => {
  it("reach the index for every intervention, and are not published: no file, no header rule, no hidden filters", () => {
    const interventions = rawIndexedPages().filter((page) => page.url.startsWith(routes.interventions()));
    expect(interventions.length).toBeGreaterThan(30);
    for (const page of interventions) {
      expect(page.filters["fase"], page.url).toHaveLength(1);
      expect(page.meta["summary"], page.url).toBeTruthy();
      expect(readFileSync(join(DIST, page.url, "index.html"), "utf8")).not.toContain("data-pagefind-filter");
    }
    expect(existsSync(join(DIST, SEARCH_RECORDS_FILE))).toBe(false);
    expect(readFileSync(join(DIST, "_headers"), "utf8")).not.toContain(SEARCH_RECORDS_FILE);
  });
});

describe("the search index's page text", () => {
  it("keeps the facts box out of the words, and what to search for in it as metadata", () => {
    const intervention = pages.find((page) => page.url === routes.intervention("mod-til-uddannelse"))!;
    expect(intervention.content).not.toMatch(/Fakta|Ansvarlig|Rækkevidde|Ikke oplyst i kilderne/);
    expect(intervention.meta["ansvarlig"]).toBe("Ungeenheden i Horsens Kommune");
    expect(intervention.meta["sted"]).toMatch(/^Horsens\b/);
    expect(intervention.meta["maalgruppetekst"]).toContain("Aktivitetsparate");
    expect(intervention.meta["tilgange"]).toContain("Stærkt relationsarbejde");
    const glued = pages.flatMap((page) => {
      const match = GLUED_LABEL.exec(page.content);
      return match ? [`${page.url}: …${page.content.slice(match.index - 30, match.index + 30)}…`] : [];
    });
    expect(glued).toEqual([]);
  });

  it("leaves the footnote numbers and the source notes out of the words", () => {
    for (const page of pages) {
      expect(page.content, page.url).not.toMatch(/↩|Footnotes/);
    }
  });

  it("marks the parts of compounds in the words only, by the rule of compound-words.ts", () => {
    const raw = rawIndexedPages();
    const praktik = raw.find((page) => page.url === routes.intervention("erhvervspraktik-i-udskolingen"))!;
    expect(praktik.content).toContain(`erhvervs${COMPOUND_MARK}praktik`);
    const mentorer = raw.find((page) => page.url === routes.intervention("frivillige-erhvervsmentorer"))!;
    expect(mentorer.content).toContain(`erhvervs${COMPOUND_MARK}mentorer`);
    // Not a word is added: each mark joins two letters inside a word, and the words are as many as
    // the page text has once the marks are out.
    for (const page of raw) {
      expect(page.content, page.url).not.toMatch(
        new RegExp(`(?<!\\p{L})\\${COMPOUND_MARK}|\\${COMPOUND_MARK}(?!\\p{L})`, "u"),
      );
      const readable = readableIndexText(page.content);
      expect(readable.split(/\s+/).filter(Boolean).length, page.url).toBe(page.word_count);
    }
  });

  it("leaves out the hidden search meta and the approach badges", () => {
    const phaseLabels = Object.values(PHASES).map((phase) => phase.label);
    for (const page of pages) {
      for (const { label } of Object.values(APPROACH_BASES))
        expect(page.content, page.url).not.toContain(label);
      // The sort keys ("2-1-1-…") and the summary meta repeated after the body are gone.
      expect(page.content, page.url).not.toMatch(/\d-\d-\d-\d/);
      if (page.meta["summary"]) {
        expect(page.content.split(page.meta["summary"]).length - 1, page.url).toBeLessThanOrEqual(1);
      }
      for (const label of phaseLabels)
        expect(page.content, page.url).not.toContain(`${label}${page.meta["kommune"] ?? "\u0000"}`);
    }
  });

  it("holds each approach's first page with its description, not the lists of entries below it", () => {
    for (const [slug, approach] of Object.entries(APPROACHES)) {
      const page = pages.find((p) => p.url === routes.approach(slug as keyof typeof APPROACHES));
      expect(page, slug).toBeDefined();
      expect(page!.meta["title"]).toBe(approach.label);
      expect(page!.content).toContain(approach.promise.slice(0, 40));
      expect(page!.content).not.toContain("med tilgangen");
    }
  });
});
