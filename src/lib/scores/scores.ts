/**
 * Reading an entry's assessments on the 11 elements: how many are assessed, the level of one
 * element, the search thresholds it meets and the grouping the element pages use. The search facets,
 * the element pages and the open data all select through these functions, so their counts agree.
 */
import { ELEMENT_KEYS, SCORE_LEVELS, type ElementKey, type ScoreLevel } from "../vocabulary/elements.ts";

export type Scores = Partial<Record<ElementKey, { level: number }>>;

/** Levels from highest to lowest, the order the element pages list them in. */
export const LEVELS_DESCENDING = (Object.keys(SCORE_LEVELS).map(Number) as ScoreLevel[]).sort(
  (a, b) => b - a,
);

/** The levels a search can ask for as a minimum: every level above 0. */
export const THRESHOLDS = LEVELS_DESCENDING.filter((level) => level > 0).reverse();

/** The facet value for "at least `level`", e.g. mindst-2. */
export function thresholdValue(level: ScoreLevel): string {
  return `mindst-${level}`;
}

export function levelOf(scores: Scores, key: ElementKey): ScoreLevel | undefined {
  return scores[key]?.level as ScoreLevel | undefined;
}

export function assessedCount(scores: Scores): number {
  return ELEMENT_KEYS.filter((key) => scores[key] !== undefined).length;
}

/** The thresholds an entry meets for one element: level 2 meets mindst-1 and mindst-2. */
export function thresholdsMet(scores: Scores, key: ElementKey): string[] {
  const level = levelOf(scores, key);
  if (level === undefined) return [];
  return THRESHOLDS.filter((threshold) => level >= threshold).map(thresholdValue);
}

/**
 * The value search sorts on for one element, highest first. Pagefind leaves out pages without the
 * sort key, so an unassessed element gets a value below 0 instead of none.
 */
export function sortLevel(scores: Scores, key: ElementKey): number {
  return levelOf(scores, key) ?? -1;
}

export type LevelGroup<E> = { level: ScoreLevel | undefined; entries: E[] };

/** Entries grouped by their level on one element, highest first, "ikke vurderet" (undefined) last. */
export function groupByLevel<E extends { data: { scores: Scores } }>(
  entries: readonly E[],
  key: ElementKey,
): LevelGroup<E>[] {
  const groups: LevelGroup<E>[] = [...LEVELS_DESCENDING, undefined].map((level) => ({ level, entries: [] }));
  for (const entry of entries) {
    const level = levelOf(entry.data.scores, key);
    groups.find((group) => group.level === level)!.entries.push(entry);
  }
  return groups;
}

/** Entries grouped by how many elements are assessed, most first; empty groups left out. */
export function groupByAssessedCount<E extends { data: { scores: Scores } }>(
  entries: readonly E[],
): { count: number; entries: E[] }[] {
  const groups = new Map<number, E[]>();
  for (const entry of entries) {
    const count = assessedCount(entry.data.scores);
    groups.set(count, [...(groups.get(count) ?? []), entry]);
  }
  return [...groups.entries()].sort(([a], [b]) => b - a).map(([count, list]) => ({ count, entries: list }));
}
