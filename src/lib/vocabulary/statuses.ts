/** Whether an intervention was running when its newest source was written. */
export const STATUSES = {
  igangvaerende: { label: "I gang ifølge kilderne" },
  afsluttet: { label: "Afsluttet" },
  ukendt: { label: "Ikke oplyst" },
} as const;

export type StatusSlug = keyof typeof STATUSES;

/**
 * Units for result figures, each with the range a figure in it can have (src/lib/number-fields.ts):
 * `min`/`max` inclusive, `aboveZero` when 0 itself is impossible, `integer` for counts. The upper
 * bounds are far above any figure the sources give, and far below what would break a chart.
 */
export const RESULT_UNITS = {
  procent: { label: "%", spaced: true, min: 0, max: 100, range: "fra 0 til 100" },
  /** A plain count; the measure says what is counted ("unge tilknyttet indsatsen"). */
  antal: {
    label: "",
    spaced: false,
    min: 0,
    max: 1_000_000,
    integer: true,
    range: "et helt tal fra 0 til 1.000.000",
  },
  dage: {
    label: "dage",
    spaced: true,
    min: 0,
    max: 3_650,
    aboveZero: true,
    range: "over 0 og højst 3.650 (10 år)",
  },
  kr: { label: "kr.", spaced: true, min: 0, max: 100_000_000_000, range: "fra 0 til 100 milliarder" },
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
