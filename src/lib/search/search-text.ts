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
  return count === 0 && (q || chosen > 0) ? `${text}. Prøv færre filtre eller et andet ord.` : `${text}.`;
}
