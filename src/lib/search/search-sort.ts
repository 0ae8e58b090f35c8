/**
 * The orders search results can be sorted in besides relevance. Each value is a Pagefind sort key
 * written by SearchRecord.astro; results are always sorted highest first.
 */
import { ELEMENT_KEYS, ELEMENTS, type ElementKey } from "../vocabulary/elements.ts";

export const ASSESSED_SORT = "vurderede";

export function elementSort(key: ElementKey): string {
  return `niveau-${key}`;
}

export const SORT_OPTIONS: readonly { value: string; label: string }[] = [
  { value: "", label: "Bedste match (alfabetisk uden søgeord)" },
  { value: ASSESSED_SORT, label: "Flest vurderede elementer" },
  ...ELEMENT_KEYS.map((key) => ({
    value: elementSort(key),
    label: `Højeste niveau på ${ELEMENTS[key].label}`,
  })),
];

export const SORT_KEYS: readonly string[] = SORT_OPTIONS.map((option) => option.value).filter(Boolean);
