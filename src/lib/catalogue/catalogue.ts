/** Pure grouping and sorting over catalogue entries, shared by pages and tests. */
import { PHASE_SLUGS, type PhaseSlug } from "../vocabulary/phases.ts";

type Entry = { id: string; data: { title: string; phase: PhaseSlug } };

const collator = new Intl.Collator("da");

export function sortByTitle<E extends { data: { title: string } }>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) => collator.compare(a.data.title, b.data.title));
}

export function inPhase<E extends Entry>(entries: readonly E[], phase: PhaseSlug): E[] {
  return sortByTitle(entries.filter((entry) => entry.data.phase === phase));
}

/** Every phase in catalogue order with its entries, sorted by title. */
export function groupByPhase<E extends Entry>(entries: readonly E[]): { phase: PhaseSlug; entries: E[] }[] {
  return PHASE_SLUGS.map((phase) => ({ phase, entries: inPhase(entries, phase) }));
}
