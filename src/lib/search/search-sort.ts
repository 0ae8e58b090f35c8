/**
 * The orders search results can be sorted in besides relevance. Each value is a Pagefind sort key
 * written by SearchRecord.astro; results are always sorted highest first.
 */
import { ELEMENT_KEYS, ELEMENTS, type ElementKey } from "../vocabulary/elements.ts";

export const ASSESSED_SORT = "vurderede";

export function elementSort(key: ElementKey): string {
  return `niveau-${key}`;
}

/**
 * A closed select shows only the chosen label and cannot wrap it, so every label fits a phone's full-width
 * box (about 36 characters); what the orders mean is said once, in SORT_HINT under the box.
 */
export const SORT_OPTIONS: readonly { value: string; label: string }[] = [
  { value: "", label: "Bedste match" },
  { value: ASSESSED_SORT, label: "Flest vurderede elementer" },
  ...ELEMENT_KEYS.map((key) => ({
    value: elementSort(key),
    label: `Niveau: ${ELEMENTS[key].label}`,
  })),
];

export const SORT_HINT =
  "Bedste match står først, uden søgeord i alfabetisk orden. Et element sorterer efter højeste niveau.";

export const SORT_KEYS: readonly string[] = SORT_OPTIONS.map((option) => option.value).filter(Boolean);
