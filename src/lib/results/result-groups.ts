/**
 * Every structured result figure in the catalogue, grouped by what it measures (results[].kind) and,
 * within a group, by unit, since a percentage and a count cannot share an axis. A figure one source gives
 * for several entries is counted once, where it is stored, and named for all of them; a context figure is
 * named as context, never by the intervention's name (src/lib/site/figure-text.ts).
 */
import { formatResultValue } from "../site/format.ts";
import { PUBLICATIONS } from "../vocabulary/publications.ts";
import {
  OTHER_RESULTS_LABEL,
  RESULT_KIND_KEYS,
  RESULT_KINDS,
  RESULT_SCOPES,
  type ResultScope,
} from "../vocabulary/result-kinds.ts";
import { listText, refId, type FigureData } from "../site/figure-text.ts";
import { RESULT_UNITS, type ResultUnit } from "../vocabulary/statuses.ts";

export type ResultSource = {
  id: string;
  data: {
    title: string;
    results: readonly FigureData[];
  };
};

export type ResultRow = {
  /** The entry that holds the figure. */
  id: string;
  title: string;
  /** Every entry the figure is given for: the one holding it, then those it is shared with. */
  entries: { id: string; title: string }[];
  /** What the chart writes on the bar: the entries' names, or "Konteksttal: …" for a context figure. */
  label: string;
  scope?: ResultScope | undefined;
  value: number;
  unit: ResultUnit;
  /** The value as pages show it: "65 %", "786", "155 dage". */
  formatted: string;
  measure: string;
  period?: string | undefined;
  participants?: number | undefined;
  /** The publication the figure comes from, by its short title. */
  source: string;
};

export type ResultChart = { unit: ResultUnit; rows: ResultRow[] };

export type ResultGroup = {
  /** The fragment id of the group's section: the kind, or "andre". */
  key: string;
  label: string;
  description?: string | undefined;
  charts: ResultChart[];
};

const UNIT_ORDER = Object.keys(RESULT_UNITS) as ResultUnit[];

export function groupResults(entries: readonly ResultSource[]): ResultGroup[] {
  const titles = new Map(entries.map((entry) => [entry.id, entry.data.title]));
  const rows = entries.flatMap((entry) =>
    entry.data.results
      .filter((result) => result.storedIn === undefined)
      .map((result) => {
        const named = [entry.id, ...(result.sharedWith ?? []).map(refId)].map((id) => ({
          id,
          title: titles.get(id) ?? id,
        }));
        return {
          kind: result.kind,
          row: {
            id: entry.id,
            title: entry.data.title,
            entries: named,
            label: result.scope
              ? `${RESULT_SCOPES[result.scope].label}: ${result.measure}`
              : listText(named.map((item) => item.title)),
            scope: result.scope,
            value: result.value,
            unit: result.unit,
            formatted: formatResultValue(result.value, result.unit, result.qualifier),
            measure: result.measure,
            period: result.period,
            participants: result.participants,
            source: PUBLICATIONS[result.source].short,
          } satisfies ResultRow,
        };
      }),
  );
  const groups: ResultGroup[] = [];
  for (const kind of [...RESULT_KIND_KEYS, undefined]) {
    const inGroup = rows.filter((item) => item.kind === kind).map((item) => item.row);
    if (inGroup.length === 0) continue;
    groups.push({
      key: kind ?? "andre",
      label: kind ? RESULT_KINDS[kind].label : OTHER_RESULTS_LABEL,
      description: kind ? RESULT_KINDS[kind].description : undefined,
      charts: UNIT_ORDER.map((unit) => ({
        unit,
        // Largest first, so the chart reads as a ranking of reported figures, not of effects.
        rows: inGroup.filter((row) => row.unit === unit).sort((a, b) => b.value - a.value),
      })).filter((chart) => chart.rows.length > 0),
    });
  }
  return groups;
}
