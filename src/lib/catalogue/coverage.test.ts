import { describe, expect, it } from "vitest";
import { coverage, coverageText } from "./coverage.ts";
import type { FacetSource } from "./facets.ts";
import type { Context } from "./places.ts";

const at = (context: Context): { data: FacetSource } => ({
  data: {
    phase: "efter-grundskolen",
    case: false,
    context,
    targetGroup: { tags: [] },
    anchoring: { tags: [] },
    approaches: [],
    results: [],
    scores: {},
  },
});
const local = (...municipalities: Context["municipalities"]) =>
  at({ scope: "kommunal", municipalities, regions: [] });

describe("coverage", () => {
  it("counts municipalities, regions and nationwide entries from the contexts", () => {
    const contexts = [
      local("randers"),
      local("aarhus", "randers"),
      local("horsens"),
      local("odense"),
      at({ scope: "national", municipalities: [], regions: [] }),
    ];
    const c = coverage(contexts);
    expect(c).toMatchObject({ entries: 5, municipalities: 4, national: 1 });
    expect(c.regions).toEqual([
      { region: "midtjylland", count: 3 },
      { region: "syddanmark", count: 1 },
    ]);
    expect(coverageText(c)).toBe(
      "5 indsatser fra 4 kommuner i 2 regioner (3 i Region Midtjylland) og 1 landsdækkende",
    );
  });

  it("names a region only when it holds most entries, and counts a regional entry in its region", () => {
    const c = coverage([
      local("odense"),
      local("randers"),
      at({ scope: "regional", municipalities: [], regions: ["sjaelland"] }),
    ]);
    expect(c.regions.map((r) => r.region)).toEqual(["midtjylland", "sjaelland", "syddanmark"]);
    expect(coverageText(c)).toBe("3 indsatser fra 2 kommuner i 3 regioner");
  });
});
