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

/** Words the sources put before a figure ("knapt 80 %"); the figure is shown with its word, never rounded up to a bare number. */
export const RESULT_QUALIFIERS = {
  knapt: { label: "knapt" },
  ca: { label: "ca." },
  godt: { label: "godt" },
  over: { label: "over" },
  under: { label: "under" },
  mindst: { label: "mindst" },
} as const;

export type ResultQualifier = keyof typeof RESULT_QUALIFIERS;
