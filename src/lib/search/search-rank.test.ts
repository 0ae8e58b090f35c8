import { describe, expect, it } from "vitest";
import { ELEMENT_KEYS } from "../vocabulary/elements.ts";
import { SORT_KEYS } from "./search-sort.ts";
import {
  ASSESSED_FILTER,
  ASSESSED_SORT,
  elementSort,
  rankedOrder,
  ranksFrom,
  sortPlan,
} from "./search-rank.ts";

const THRESHOLDS = [
  [1, "mindst-1"],
  [2, "mindst-2"],
  [3, "mindst-3"],
] as const;
const results = (...ids: string[]) => ids.map((id) => ({ id }));

describe("sorting by filters", () => {
  it("has a plan for every order the page offers", () => {
    for (const key of SORT_KEYS) expect(sortPlan(key, ELEMENT_KEYS, THRESHOLDS), key).toBeDefined();
    expect(sortPlan("titel", ELEMENT_KEYS, THRESHOLDS)).toBeUndefined();
    expect(sortPlan(elementSort("ukendt"), ELEMENT_KEYS, THRESHOLDS)).toBeUndefined();
  });

  it("ranks an element's pages by their highest threshold, level 0 above not assessed", () => {
    const plan = sortPlan(elementSort("virkning"), ELEMENT_KEYS, THRESHOLDS)!;
    expect(plan.searches.map((search) => search.filters)).toEqual([
      { [ASSESSED_FILTER]: { any: ["virkning"] } },
      { virkning: { any: ["mindst-1"] } },
      { virkning: { any: ["mindst-2"] } },
      { virkning: { any: ["mindst-3"] } },
    ]);
    // a: level 3, b: level 1, c: level 0, d: not assessed, e: level 2.
    const ranks = ranksFrom(plan, [["a", "b", "c", "e"], ["a", "b", "e"], ["a", "e"], ["a"]]);
    const ordered = rankedOrder(results("d", "c", "b", "e", "a"), ranks, plan.missing);
    expect(ordered.map((r) => r.id)).toEqual(["a", "e", "b", "c", "d"]);
  });

  it("ranks by the number of elements assessed, and keeps the incoming order among equals", () => {
    const plan = sortPlan(ASSESSED_SORT, ["x", "y", "z"], THRESHOLDS)!;
    const ranks = ranksFrom(plan, [
      ["a", "b"],
      ["a", "c"],
      ["a", "b"],
    ]);
    expect(Object.fromEntries(ranks)).toEqual({ a: 3, b: 2, c: 1 });
    const ordered = rankedOrder(results("e", "c", "d", "b", "a"), ranks, plan.missing);
    expect(ordered.map((r) => r.id)).toEqual(["a", "b", "c", "e", "d"]);
  });
});
