/**
 * What the compare page shows of one entry, generated at build as a small JSON file per entry
 * (/data/indsatser/<id>.json), so the compare island fetches only the chosen entries and renders
 * prepared text without any vocabulary of its own. Row labels live here and are rendered into the
 * page at build; the island fills the cells by row key.
 */
import { formatAge, formatPeriod } from "../site/format.ts";
import { figureParts } from "../site/figure-text.ts";
import type { InterventionData } from "./open-data.ts";
import { municipalityNames, regionsOf } from "../catalogue/places.ts";
import { routes } from "../catalogue/routes.ts";
import { freshnessOf, type FreshnessContext } from "../catalogue/freshness.ts";
import { ANCHORINGS } from "../vocabulary/anchoring.ts";
import {
  ELEMENT_KEYS,
  ELEMENTS,
  MAX_SCORE_LEVEL,
  SCORE_LEVELS,
  type ElementKey,
  type ScoreLevel,
} from "../vocabulary/elements.ts";
import { regionName, SCOPES } from "../vocabulary/geography.ts";
import { PHASES } from "../vocabulary/phases.ts";
import { TARGET_GROUPS } from "../vocabulary/target-groups.ts";

/** The fact rows, in the order the page shows them, before the 11 element rows. */
export const COMPARE_ROWS = {
  fase: "Fase",
  sted: "Sted",
  maalgruppe: "Målgruppe og alder",
  forankring: "Forankring",
  periode: "Periode og status",
  datoer: "Datoer",
  resultater: "Resultater i tal",
} as const;

export type CompareRowKey = keyof typeof COMPARE_ROWS;
export const COMPARE_ROW_KEYS = Object.keys(COMPARE_ROWS) as CompareRowKey[];

/** Shown where the sources say nothing, so a blank cell is never mistaken for "none". */
export const UNKNOWN = "Ikke oplyst i kilderne";

export type CompareLine = string | { text: string; detail: string };

export type CompareElement = { level: number; max: number; label: string; rationale: string } | null;

export type CompareRecord = {
  id: string;
  title: string;
  url: string;
  /**
   * Lines of plain text per fact row; the island writes them with textContent. A result figure is a line
   * in two parts: the figure, and its period, count and source.
   */
  rows: Record<CompareRowKey, CompareLine[]>;
  /** Every element in rubric order; null is "Ikke vurderet", which is not a level. */
  elements: Record<ElementKey, CompareElement>;
};

function place(data: InterventionData): string[] {
  const names = municipalityNames(data.context);
  const lines = [
    names.length > 0 ? names.join(", ") : regionsOf(data.context).map(regionName).join(", "),
    data.context.organisation,
    `${SCOPES[data.context.scope].label} indsats`,
  ];
  return lines.filter((line): line is string => Boolean(line));
}

/** The compare page's record of one entry; `titleOf` names the entries a shared figure is also given for. */
export function compareRecord(
  id: string,
  data: InterventionData,
  context: FreshnessContext,
  titleOf: (id: string) => string = (other) => other,
): CompareRecord {
  const age = formatAge(data.targetGroup.age);
  const period = formatPeriod(data.period);
  const freshness = freshnessOf(data, context);
  return {
    id,
    title: data.title,
    url: routes.intervention(id),
    rows: {
      fase: [PHASES[data.phase].label],
      sted: place(data),
      maalgruppe: [
        data.targetGroup.description,
        data.targetGroup.tags.map((tag) => TARGET_GROUPS[tag].label).join(", "),
        age ? `Alder: ${age}` : `Alder: ${UNKNOWN.toLowerCase()}`,
      ],
      forankring: [
        data.anchoring.tags.map((tag) => ANCHORINGS[tag].label).join(", "),
        ...(data.anchoring.organisations.length > 0
          ? [`Med: ${data.anchoring.organisations.join(", ")}`]
          : []),
      ],
      periode: [
        period ? `Periode: ${period}` : `Periode: ${UNKNOWN.toLowerCase()}`,
        `Status: ${freshness.status.text}`,
      ],
      datoer: [
        freshness.sourceDate.sentence,
        ...(freshness.sourceDate.note ? [freshness.sourceDate.note] : []),
        freshness.reviewed.sentence,
        ...(freshness.confirmed ? [freshness.confirmed.sentence] : []),
      ],
      resultater:
        data.results.length > 0
          ? data.results.map((result) => figureParts(result, id, titleOf))
          : ["Ingen resultattal i kilderne"],
    },
    elements: Object.fromEntries(
      ELEMENT_KEYS.map((key) => {
        const score = data.scores[key];
        return [
          key,
          score
            ? {
                level: score.level,
                max: MAX_SCORE_LEVEL,
                label: SCORE_LEVELS[score.level as ScoreLevel].label,
                rationale: score.rationale,
              }
            : null,
        ];
      }),
    ) as Record<ElementKey, CompareElement>,
  };
}

/** Row labels for the 11 elements, in rubric order. */
export const elementRows = () => ELEMENT_KEYS.map((key) => ({ key, label: ELEMENTS[key].label }));
