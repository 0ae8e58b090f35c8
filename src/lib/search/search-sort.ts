/**
 * The orders search results can be sorted in besides relevance, highest first; search-rank.ts says
 * how the search page sorts by them.
 */
import { ELEMENT_KEYS, ELEMENTS } from "../vocabulary/elements.ts";
import { ASSESSED_SORT, elementSort } from "./search-rank.ts";

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
