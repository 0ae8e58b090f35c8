/** Where an intervention runs, derived from its context once so every page says it the same way. */
import {
  municipalityShortName,
  regionName,
  regionOf,
  SCOPES,
  type MunicipalitySlug,
  type RegionSlug,
  type ScopeSlug,
} from "../vocabulary/geography.ts";

export type Context = {
  scope: ScopeSlug;
  municipalities: MunicipalitySlug[];
  regions: RegionSlug[];
  organisation?: string | undefined;
  note?: string | undefined;
};

/** Regions named directly plus those of the named municipalities, without duplicates, in vocabulary order. */
export function regionsOf(context: Context): RegionSlug[] {
  const found = new Set<RegionSlug>([...context.regions, ...context.municipalities.map(regionOf)]);
  return [...found].sort();
}

/** The named municipalities in Danish alphabetical order of their names. */
export function sortedMunicipalities(context: Context): MunicipalitySlug[] {
  return [...context.municipalities].sort((a, b) =>
    municipalityShortName(a).localeCompare(municipalityShortName(b), "da"),
  );
}

/** Municipality names in Danish alphabetical order. */
export function municipalityNames(context: Context): string[] {
  return sortedMunicipalities(context).map(municipalityShortName);
}

/** A short label for cards: "Randers", "Aarhus og Odense", "8 kommuner", "Region Sjælland", "Landsdækkende". */
export function placeLabel(context: Context): string {
  const names = municipalityNames(context);
  if (context.scope === "national") return "Landsdækkende";
  if (names.length === 0) return regionsOf(context).map(regionName).join(", ") || SCOPES[context.scope].label;
  if (names.length === 1) return names[0]!;
  if (names.length === 2) return `${names[0]} og ${names[1]}`;
  return `${names.length} kommuner`;
}
