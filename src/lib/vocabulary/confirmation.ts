/**
 * How the unit that runs an intervention confirmed its facts (`confirmed.how`). Only these count as a
 * confirmation: an answer by e-mail, a phone call the editor notes, or what the unit publishes on its own
 * page (which then needs `confirmed.link`). `text` completes "Bekræftet af … den 1. december 2026 …".
 */
export const CONFIRMATION_METHODS = {
  "e-mail": { label: "E-mail", text: "pr. e-mail" },
  telefon: { label: "Telefon", text: "pr. telefon" },
  "egen-side": { label: "Enhedens egen side", text: "på enhedens egen side" },
} as const;

export type ConfirmationMethod = keyof typeof CONFIRMATION_METHODS;

/** The method that rests on a published page, and so names it with a link id. */
export const PAGE_METHOD = "egen-side" satisfies ConfirmationMethod;
