import { describe, expect, it } from "vitest";
import { groupByPhase } from "./catalogue.ts";
import {
  entriesWith,
  facetByKey,
  facetCounts,
  searchFacets,
  STATUS_FACET_KEY,
  statusFacet,
} from "./facets.ts";
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

describe("the status filter", () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const running = (id: string, extra: object) => ({
    id,
    data: {
      ...entries[0]!.data,
      status: "igangvaerende" as const,
      sources: [{ publication: "katalog-2022" as const }],
      reviewed: day("2026-11-22"),
      ...extra,
    },
  });
  const statusEntries = [
    running("gammel", {}),
    running("bekraeftet", {
      confirmed: { date: day("2026-01-05"), by: "Ungeenheden", how: "e-mail" as const },
    }),
    { id: "slut", data: { ...running("x", {}).data, status: "afsluttet" as const } },
  ];

  it("tells recent from aged »I gang« as of the build date, with the aged text as its label", () => {
    const facet = statusFacet({ buildDate: day("2026-12-07"), linkDates: new Map() });
    expect(idsOf(entriesWith(statusEntries, facet, "i-gang-ikke-bekraeftet"))).toEqual(["gammel"]);
    expect(idsOf(entriesWith(statusEntries, facet, "i-gang"))).toEqual(["bekraeftet"]);
    expect(idsOf(entriesWith(statusEntries, facet, "afsluttet"))).toEqual(["slut"]);
    expect(facet.values.find((v) => v.value === "i-gang-ikke-bekraeftet")!.label).toBe(
      "I gang ifølge kilder fra før 7. december 2024 – ikke bekræftet siden",
    );
    const earlier = statusFacet({ buildDate: day("2024-06-01"), linkDates: new Map() });
    expect(idsOf(entriesWith(statusEntries, earlier, "i-gang"))).toEqual(["gammel", "bekraeftet"]);
  });

  it("is offered by search beside the other facets", () => {
    const keys = searchFacets({ buildDate: day("2026-12-07"), linkDates: new Map() }).map((f) => f.key);
    expect(keys).toContain(STATUS_FACET_KEY);
    expect(keys.indexOf(STATUS_FACET_KEY)).toBe(keys.indexOf("indhold") + 1);
  });
});

const idsOf = (list: readonly { id: string }[]) => list.map((e) => e.id);
