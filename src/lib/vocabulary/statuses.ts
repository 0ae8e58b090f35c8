/** Whether an intervention was running when its newest source was written. */
export const STATUSES = {
  igangvaerende: { label: "I gang ifølge kilderne" },
  afsluttet: { label: "Afsluttet" },
  ukendt: { label: "Ikke oplyst" },
} as const;

export type StatusSlug = keyof typeof STATUSES;

/** Units for result figures. */
export const RESULT_UNITS = {
  procent: { label: "%", spaced: true },
  /** A plain count; the measure says what is counted ("unge tilknyttet indsatsen"). */
  antal: { label: "", spaced: false },
  dage: { label: "dage", spaced: true },
  kr: { label: "kr.", spaced: true },
} as const;

export type ResultUnit = keyof typeof RESULT_UNITS;
