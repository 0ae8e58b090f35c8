import { describe, expect, it } from "vitest";
import { facetByKey } from "../catalogue/facets.ts";
import { assessedCount, groupByAssessedCount, groupByLevel, sortLevel, thresholdsMet } from "./scores.ts";

const entry = (id: string, scores: Record<string, { level: number }>) => ({ id, data: { scores } });
const entries = [
  entry("a", { virkning: { level: 3 }, maal: { level: 1 } }),
  entry("b", { virkning: { level: 0 } }),
  entry("c", {}),
  entry("d", { virkning: { level: 2 } }),
];

describe("assessments on the 11 elements", () => {
  it("counts assessed elements, with level 0 as assessed", () => {
    expect(entries.map((e) => assessedCount(e.data.scores))).toEqual([2, 1, 0, 1]);
  });

  it("gives every threshold up to the level and none for 0 or not assessed", () => {
    expect(thresholdsMet(entries[0]!.data.scores, "virkning")).toEqual(["mindst-1", "mindst-2", "mindst-3"]);
    expect(thresholdsMet(entries[3]!.data.scores, "virkning")).toEqual(["mindst-1", "mindst-2"]);
    expect(thresholdsMet(entries[1]!.data.scores, "virkning")).toEqual([]);
    expect(thresholdsMet(entries[2]!.data.scores, "virkning")).toEqual([]);
  });

  it("groups by level, highest first and not assessed last", () => {
    const groups = groupByLevel(entries, "virkning");
    expect(groups.map((g) => [g.level, g.entries.map((e) => e.id)])).toEqual([
      [3, ["a"]],
      [2, ["d"]],
      [1, []],
      [0, ["b"]],
      [undefined, ["c"]],
    ]);
  });

  it("sorts not assessed below level 0", () => {
    expect(sortLevel(entries[1]!.data.scores, "virkning")).toBe(0);
    expect(sortLevel(entries[2]!.data.scores, "virkning")).toBeLessThan(0);
  });

  it("groups by number assessed, most first", () => {
    expect(groupByAssessedCount(entries).map((g) => [g.count, g.entries.map((e) => e.id)])).toEqual([
      [2, ["a"]],
      [1, ["b", "d"]],
      [0, ["c"]],
    ]);
  });

  it("offers a threshold facet per element whose values agree with the level groups", () => {
    const facet = facetByKey("virkning");
    expect(facet.group).toBe("Elementer");
    const atLeastTwo = entries.filter((e) => facet.valuesOf(e.data as never).includes("mindst-2"));
    const groups = groupByLevel(entries, "virkning");
    expect(atLeastTwo.map((e) => e.id)).toEqual(
      groups.filter((g) => (g.level ?? -1) >= 2).flatMap((g) => g.entries.map((e) => e.id)),
    );
  });
});
