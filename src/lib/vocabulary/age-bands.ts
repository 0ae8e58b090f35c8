/** Age bands for the search facet "alder". An entry belongs to every band its age span touches. */
export const AGE_BANDS = {
  "under-18": { label: "Under 18 år", min: 0, max: 17 },
  "18-24": { label: "18–24 år", min: 18, max: 24 },
  "25-30": { label: "25–30 år", min: 25, max: 30 },
  "ikke-angivet": { label: "Alder ikke angivet i kilderne", min: undefined, max: undefined },
} as const;

export type AgeBand = keyof typeof AGE_BANDS;
export const AGE_BAND_KEYS = Object.keys(AGE_BANDS) as [AgeBand, ...AgeBand[]];

export function ageBandsOf(age: { min: number; max: number } | undefined): AgeBand[] {
  if (!age) return ["ikke-angivet"];
  return AGE_BAND_KEYS.filter((band) => {
    const { min, max } = AGE_BANDS[band];
    return min !== undefined && max !== undefined && age.min <= max && age.max >= min;
  });
}
