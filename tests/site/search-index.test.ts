/** The text the search index holds for each page, which is what result excerpts show. */
import { beforeAll, describe, expect, it } from "vitest";
import { PHASES, APPROACH_BASES, APPROACHES } from "../../src/lib/vocabulary/index.ts";
import { routes } from "../../src/lib/catalogue/index.ts";
import { requireBuild } from "../support/dist.ts";
import { GLUED_LABEL, indexedPages, type IndexedPage } from "../support/search-index.ts";

let pages: IndexedPage[];

beforeAll(() => {
  requireBuild();
  pages = indexedPages();
});

describe("the search index's page text", () => {
  it("keeps a fact's label and value apart, as the page shows them", () => {
    const intervention = pages.find((page) => page.url === routes.intervention("mod-til-uddannelse"))!;
    expect(intervention.content).toMatch(/Ansvarlig Ungeenheden i Horsens Kommune Fase Efter grundskolen /);
    const glued = pages.flatMap((page) => {
      const match = GLUED_LABEL.exec(page.content);
      return match ? [`${page.url}: …${page.content.slice(match.index - 30, match.index + 30)}…`] : [];
    });
    expect(glued).toEqual([]);
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
