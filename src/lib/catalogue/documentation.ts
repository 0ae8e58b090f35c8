/**
 * How well an entry is documented, in words a card can show without colour: whether it is one of the
 * catalogue's in-depth cases, how many of the 11 elements are assessed, and whether the sources give
 * result figures and for which years. Cards, search results and the filter pages take their lines here.
 */
import { assessedCount, type Scores } from "../scores/scores.ts";
import { figureYears, type FigureData } from "../site/figure-text.ts";
import { ELEMENT_KEYS } from "../vocabulary/elements.ts";

export const CASE_LABEL = "Uddybende case";
export const NO_RESULTS_LABEL = "Ingen resultattal";

export type Documentation = {
  /** "Uddybende case", or undefined for an entry that is not one. */
  case: string | undefined;
  /** "7 af 11 elementer vurderet" */
  assessed: string;
  /** "Resultattal (2020–2021)", "Resultattal (år ikke oplyst)", "Kun konteksttal (2020)" or "Ingen resultattal". */
  results: string;
};

export type Documented = {
  case: boolean;
  scores: Scores;
  results: readonly Pick<FigureData, "period" | "scope">[];
};

export function documentation(data: Documented): Documentation {
  const own = data.results.filter((result) => result.scope === undefined);
  const counted = own.length > 0 ? own : data.results;
  const years = figureYears(counted) ?? "år ikke oplyst";
  const results =
    data.results.length === 0
      ? NO_RESULTS_LABEL
      : own.length > 0
        ? `Resultattal (${years})`
        : `Kun konteksttal (${years})`;
  return {
    case: data.case ? CASE_LABEL : undefined,
    assessed: `${assessedCount(data.scores)} af ${ELEMENT_KEYS.length} elementer vurderet`,
    results,
  };
}

/** The lines in reading order, for a plain-text line such as a search result's. */
export const documentationLines = (doc: Documentation): string[] =>
  [doc.case, doc.assessed, doc.results].filter((line): line is string => line !== undefined);
