/**
 * An intervention's search record (src/lib/search/search-record.ts): one Pagefind filter per facet value and per
 * element the editors assessed (search sorts by them, see search-rank.ts), and the meta a result line shows.
 */
import { levelOf } from "../scores/index.ts";
import { ASSESSED_FILTER, type SearchRecord } from "../search/index.ts";
import { ELEMENT_KEYS, PHASES } from "../vocabulary/index.ts";
import { documentation, documentationLines, type Documented } from "./documentation.ts";
import { searchFacets, type FacetSource } from "./facets.ts";
import { datesLine, freshnessOf, type FreshnessContext, type FreshnessSource } from "./freshness.ts";
import { placeLabel } from "./places.ts";

/** The fields an intervention's record reads; a collection entry's data satisfies it. */
export type SearchRecordSource = FacetSource &
  FreshnessSource &
  Documented & { summary: string; status: string; results: Documented["results"] };

export function interventionSearchRecord(data: SearchRecordSource, context: FreshnessContext): SearchRecord {
  const filters = [
    ...searchFacets(context).flatMap((facet) => facet.valuesOf(data).map((value) => `${facet.key}:${value}`)),
    ...ELEMENT_KEYS.filter((key) => levelOf(data.scores, key) !== undefined).map(
      (key) => `${ASSESSED_FILTER}:${key}`,
    ),
  ];
  const freshness = freshnessOf(data, context);
  return {
    filters,
    meta: {
      fase: PHASES[data.phase].label,
      kommune: placeLabel(data.context),
      summary: data.summary,
      dokumentation: documentationLines(documentation(data)).join(" · "),
      // No status line when the sources give none.
      ...(data.status !== "ukendt" && { status: freshness.status.text }),
      datoer: datesLine(freshness),
    },
  };
}
