/**
 * What the entries cover, computed from their contexts, so the home page's claim about where the
 * interventions come from always matches the data.
 */
import { plural } from "../site/format.ts";
import { regionsOf, type Context } from "./places.ts";
import { regionName, type RegionSlug } from "../vocabulary/geography.ts";

export type Coverage = {
  entries: number;
  municipalities: number;
  /** Regions with at least one entry, most entries first. */
  regions: { region: RegionSlug; count: number }[];
  national: number;
};

export function coverage(contexts: readonly Context[]): Coverage {
  const municipalities = new Set(contexts.flatMap((context) => context.municipalities));
  const counts = new Map<RegionSlug, number>();
  for (const context of contexts) {
    for (const region of regionsOf(context)) counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  const regions = [...counts]
    .map(([region, count]) => ({ region, count }))
    .sort((a, b) => b.count - a.count || a.region.localeCompare(b.region));
  return {
    entries: contexts.length,
    municipalities: municipalities.size,
    regions,
    national: contexts.filter((context) => context.scope === "national").length,
  };
}

/** E.g. "39 indsatser fra 21 kommuner i 5 regioner (27 i Region Midtjylland) og 3 landsdækkende". */
export function coverageText(c: Coverage): string {
  const parts = [`${plural(c.entries, "indsats", "indsatser")}`];
  if (c.municipalities > 0) {
    parts.push(
      `fra ${plural(c.municipalities, "kommune", "kommuner")} i ${plural(c.regions.length, "region", "regioner")}`,
    );
  }
  const [largest] = c.regions;
  const most =
    largest && c.regions.length > 1 && largest.count * 2 > c.entries
      ? ` (${largest.count} i ${regionName(largest.region)})`
      : "";
  const national = c.national > 0 ? ` og ${plural(c.national, "landsdækkende", "landsdækkende")}` : "";
  return `${parts.join(" ")}${most}${national}`;
}
