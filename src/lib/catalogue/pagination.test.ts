import { describe, expect, it } from "vitest";
import { pageParam, pageWindow, paginate } from "./pagination.ts";
import { REVIEW_PAGE_SIZE, reviewPages, sitePaths, type SiteContent } from "./site-paths.ts";

describe("paginate", () => {
  const items = Array.from({ length: 105 }, (_, i) => i);

  it("splits into pages of the given size with stable URLs", () => {
    const pages = paginate(items, "/maalgruppe/anbragte/", 50);
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 5]);
    expect(pages.map((p) => p.url)).toEqual([
      "/maalgruppe/anbragte/",
      "/maalgruppe/anbragte/side/2/",
      "/maalgruppe/anbragte/side/3/",
    ]);
    expect(pages[1]).toMatchObject({ first: 51, last: 100, count: 105, total: 3 });
    expect(pages[1]!.prev).toBe("/maalgruppe/anbragte/");
    expect(pages[2]!.next).toBeUndefined();
  });

  it("keeps one page for a short or empty list", () => {
    expect(paginate([1, 2], "/x/")).toHaveLength(1);
    expect(paginate([], "/x/")[0]).toMatchObject({ items: [], first: 0, last: 0, total: 1 });
  });

  it("gives the rest parameter Astro needs", () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe("side/3");
  });
});

describe("pageWindow", () => {
  it("links every page of a short listing", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it("keeps a long listing's navigation to a fixed size, with gaps marked", () => {
    expect(pageWindow(1, 209)).toEqual([1, 2, 3, undefined, 209]);
    expect(pageWindow(100, 209)).toEqual([1, undefined, 98, 99, 100, 101, 102, undefined, 209]);
    expect(pageWindow(209, 209)).toEqual([1, undefined, 207, 208, 209]);
    expect(pageWindow(4, 209)).toEqual([1, 2, 3, 4, 5, 6, undefined, 209]);
    for (const current of [1, 50, 150, 209]) expect(pageWindow(current, 209).length).toBeLessThanOrEqual(9);
  });
});

describe("reviewPages", () => {
  it("keeps the review list at /gennemgang/ and shows REVIEW_PAGE_SIZE entries a page after it", () => {
    const items = Array.from({ length: 2 * REVIEW_PAGE_SIZE + 1 }, (_, i) => i);
    const pages = reviewPages(items);
    expect(pages.map((page) => page.url)).toEqual([
      "/gennemgang/",
      "/gennemgang/side/2/",
      "/gennemgang/side/3/",
    ]);
    expect(pages.map((page) => page.items.length)).toEqual([REVIEW_PAGE_SIZE, REVIEW_PAGE_SIZE, 1]);
    expect(pages.flatMap((page) => page.items)).toEqual(items);
    expect(reviewPages(items.slice(0, 39)).map((page) => page.url)).toEqual(["/gennemgang/"]);
  });

  it("is in the site's page list, one path per page", () => {
    const entry = (id: string) => ({
      id,
      data: {
        title: id,
        phase: "efter-grundskolen" as const,
        case: false,
        context: { scope: "kommune", municipalities: [], regions: [] },
        targetGroup: { tags: [] },
        anchoring: { tags: [] },
        approaches: [],
        results: [],
        scores: {},
      },
    });
    const interventions = Array.from({ length: REVIEW_PAGE_SIZE + 1 }, (_, i) => entry(`indsats-${i}`));
    const paths = sitePaths({ interventions, governance: [], phases: [] } as unknown as SiteContent);
    expect(paths.has("/gennemgang/")).toBe(true);
    expect(paths.has("/gennemgang/side/2/")).toBe(true);
    expect(paths.has("/gennemgang/side/3/")).toBe(false);
  });
});
