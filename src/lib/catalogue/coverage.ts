/**
 * What the entries cover, counted with facetCounts like every other count on the site, so the home
 * page's claim about where the interventions come from always matches the data and the place pages.
 */
import { plural } from "../site/format.ts";
import { facetByKey, facetCounts, type FacetSource } from "./facets.ts";
import { regionName, type RegionSlug } from "../vocabulary/geography.ts";

export type Coverage = {
  entries: number;
  municipalities: number;
  /** Regions with at least one entry, most entries first. */
  regions: { region: RegionSlug; count: number }[];
  national: number;
};

export function coverage(entries: readonly { data: FacetSource }[]): Coverage {
  const municipalities = facetCounts(entries, facetByKey("kommune")).filter((v) => v.count > 0);
  const regions = facetCounts(entries, facetByKey("region"))
    .filter((v) => v.count > 0)
    .map(({ value, count }) => ({ region: value as RegionSlug, count }))
    .sort((a, b) => b.count - a.count || a.region.localeCompare(b.region));
  return {
    entries: entries.length,
    municipalities: municipalities.length,
    regions,
    national: entries.filter((entry) => entry.data.context.scope === "national").length,
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
