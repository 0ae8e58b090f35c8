import { describe, expect, it } from "vitest";
import { groupByPhase } from "./catalogue.ts";
import { entriesWith, facetByKey, facetCounts } from "./facets.ts";
import type { PhaseSlug } from "../vocabulary/phases.ts";
import type { TargetGroupTag } from "../vocabulary/target-groups.ts";

const entry = (id: string, title: string, phase: PhaseSlug, tags: TargetGroupTag[]) => ({
  id,
  data: {
    title,
    phase,
    case: false,
    context: { scope: "kommunal" as const, municipalities: [], regions: [] },
    targetGroup: { tags },
    anchoring: { tags: [] },
    approaches: [],
    results: [],
    scores: {},
  },
});

const entries = [
  entry("b", "Øvelse", "fastholdelse", ["frafaldstruede"]),
  entry("a", "Aarhus-projekt", "efter-grundskolen", ["misbrug", "frafaldstruede"]),
  entry("c", "Bro", "efter-grundskolen", ["misbrug"]),
];

describe("catalogue grouping", () => {
  it("groups by phase in catalogue order, sorting titles the Danish way (Aa after Ø)", () => {
    const groups = groupByPhase(entries);
    expect(groups.map((group) => group.phase)).toEqual([
      "omkring-grundskolen",
      "efter-grundskolen",
      "fastholdelse",
    ]);
    expect(groups[1]!.entries.map((e) => e.data.title)).toEqual(["Bro", "Aarhus-projekt"]);
    expect(groups[0]!.entries).toEqual([]);
  });

  it("counts and filters by target group, keeping tags with no entries at zero", () => {
    const targetGroups = facetByKey("maalgruppe");
    const counts = new Map(facetCounts(entries, targetGroups).map((v) => [v.value, v.count]));
    expect(counts.get("misbrug")).toBe(2);
    expect(counts.get("frafaldstruede")).toBe(2);
    expect(counts.get("anbragte")).toBe(0);
    expect(entriesWith(entries, targetGroups, "misbrug").map((e) => e.id)).toEqual(["a", "c"]);
  });
});
