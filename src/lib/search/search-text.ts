/** Danish wording for the search page's live status line, kept pure so it can be unit-tested. */
import { plural } from "../site/format.ts";
import type { SearchState } from "./search-state.ts";

/** `examples` of the `count` results are governance examples rather than interventions. */
export function resultStatus(count: number, state: SearchState, examples = 0): string {
  const interventions = plural(count - examples, "indsats", "indsatser");
  const found =
    count === 0
      ? "Ingen indsatser fundet"
      : examples > 0
        ? `${count > examples ? `${interventions} og ` : ""}${plural(examples, "eksempel", "eksempler")} på styring og samarbejde fundet`
        : `${interventions} fundet`;
  const q = state.q.trim();
  const chosen = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
  const parts = [q ? `for »${q}«` : "", chosen > 0 ? `med ${plural(chosen, "filter", "filtre")}` : ""];
  const text = [found, ...parts.filter(Boolean)].join(" ");
  // The suggestions (which filter to remove, which place page to go to) follow right below the status.
  return count === 0 && (q || chosen > 0) ? `${text}. Se forslagene herunder.` : `${text}.`;
}

/**
 * A value's count as every list of values shows it: "(4)", or "(4 + 1 eksempel)" where governance
 * examples carry the value too; the numbers come from facetCounts (src/lib/catalogue/facets.ts).
 */
export function countLabel(interventions: number, examples = 0): string {
  return examples > 0
    ? `(${interventions} + ${plural(examples, "eksempel", "eksempler")})`
    : `(${interventions})`;
}

/** Why a search option that would give no results cannot be ticked: its description for a screen reader. */
export const ZERO_OPTION_NOTE = "Ingen indsatser med de valgte filtre.";

/** What removing a filter from an empty search gives: "giver 3 resultater", "giver heller ingen resultater". */
export function removalOutcome(found: number): string {
  return `giver ${found === 0 ? "heller ingen resultater" : plural(found, "resultat", "resultater")}`;
}
