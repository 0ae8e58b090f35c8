/** Pure look-ups between approaches and the entries tagged with them, shared by pages and tests. */
import type { ApproachBasis, ApproachSlug } from "../vocabulary/approaches.ts";
import {
  municipalityShortName,
  regionOf,
  type MunicipalitySlug,
  type RegionSlug,
} from "../vocabulary/geography.ts";

type Tagged = { approaches: readonly { id: ApproachSlug; known: ApproachBasis }[] };

/** How an entry is tagged with an approach, or undefined if it is not. */
export function basisFor(data: Tagged, approach: ApproachSlug): ApproachBasis | undefined {
  return data.approaches.find((tag) => tag.id === approach)?.known;
}

/** Entries tagged with an approach, the catalogue's own examples first; order within each kept. */
export function taggedWith<E extends { data: Tagged }>(
  entries: readonly E[],
  approach: ApproachSlug,
): { entry: E; known: ApproachBasis }[] {
  const tagged = entries.flatMap((entry) => {
    const known = basisFor(entry.data, approach);
    return known ? [{ entry, known }] : [];
  });
  return [
    ...tagged.filter((item) => item.known === "katalog"),
    ...tagged.filter((item) => item.known !== "katalog"),
  ];
}

/** The label every governance example carries, so it never passes for an intervention. */
export const GOVERNANCE_KIND = "Styring og samarbejde";

type Located = { municipalities: readonly MunicipalitySlug[]; organisation?: string | undefined };

/** Where an example is from: its municipalities, or the organisation behind it. */
export function exampleOrigin(data: Located): string {
  if (data.municipalities.length > 0) return data.municipalities.map(municipalityShortName).join(", ");
  return data.organisation ?? "";
}

export function examplesInMunicipality<E extends { data: Located }>(
  examples: readonly E[],
  municipality: string,
): E[] {
  return examples.filter((example) =>
    (example.data.municipalities as readonly string[]).includes(municipality),
  );
}

export function examplesInRegion<E extends { data: Located }>(
  examples: readonly E[],
  region: RegionSlug,
): E[] {
  return examples.filter((example) => example.data.municipalities.some((slug) => regionOf(slug) === region));
}
