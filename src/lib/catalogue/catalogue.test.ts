import { describe, expect, it } from "vitest";
import { groupByPhase } from "./catalogue.ts";
import {
  entriesWith,
  examplesWith,
  facetByKey,
  facetCounts,
  searchFacets,
  STATUS_FACET_KEY,
  statusFacet,
} from "./facets.ts";
import type { MunicipalitySlug } from "../vocabulary/geography.ts";
import type { PhaseSlug } from "../vocabulary/phases.ts";
import type { TargetGroupTag } from "../vocabulary/target-groups.ts";

const entry = (
  id: string,
  title: string,
  phase: PhaseSlug,
  tags: TargetGroupTag[],
  municipalities: MunicipalitySlug[] = [],
) => ({
  id,
  data: {
    title,
    phase,
    case: false,
    context: { scope: "kommunal" as const, municipalities, regions: [] },
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

describe("facetCounts, the one count every page shows", () => {
  const placed = [
    entry("herning-1", "Et", "fastholdelse", [], ["herning"]),
    entry("herning-2", "To", "fastholdelse", [], ["herning", "aarhus"]),
    entry("odense", "Tre", "fastholdelse", [], ["odense"]),
  ];
  const example = (municipalities: MunicipalitySlug[]) => ({ data: { municipalities, approaches: [] } });
  const examples = [example(["herning"]), example(["viborg", "skive"]), example([])];

  it("counts interventions and governance examples apart, each once per value", () => {
    const kommune = facetByKey("kommune");
    const counts = new Map(facetCounts(placed, kommune, examples).map((v) => [v.value, v]));
    expect(counts.get("herning")).toMatchObject({ count: 2, examples: 1 });
    expect(counts.get("viborg")).toMatchObject({ count: 0, examples: 1 });
    expect(counts.get("odense")).toMatchObject({ count: 1, examples: 0 });
    const region = new Map(facetCounts(placed, facetByKey("region"), examples).map((v) => [v.value, v]));
    // Two municipalities in one region make one example in it, not two.
    expect(region.get("midtjylland")).toMatchObject({ count: 2, examples: 2 });
    expect(region.get("syddanmark")).toMatchObject({ count: 1, examples: 0 });
  });

  it("agrees with the lists the filter pages show, and counts no example where the facet has none", () => {
    for (const key of ["kommune", "region", "maalgruppe"]) {
      const facet = facetByKey(key);
      for (const { value, count, examples: exampleCount } of facetCounts(placed, facet, examples)) {
        expect(count).toBe(entriesWith(placed, facet, value).length);
        expect(exampleCount).toBe(examplesWith(examples, facet, value).length);
      }
    }
    expect(facetCounts(placed, facetByKey("maalgruppe"), examples).every((v) => v.examples === 0)).toBe(true);
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
