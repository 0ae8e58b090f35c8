/** Pure grouping and sorting over catalogue entries, shared by pages and tests. */
import type { PhaseSlug } from "./vocabulary/phases.ts";

type Entry = { id: string; data: { title: string; phase: PhaseSlug } };

const collator = new Intl.Collator("da");

export function sortByTitle<E extends Entry>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) => collator.compare(a.data.title, b.data.title));
}

export function inPhase<E extends Entry>(entries: readonly E[], phase: PhaseSlug): E[] {
  return sortByTitle(entries.filter((entry) => entry.data.phase === phase));
}

/** How many entries carry each key, for every key of the vocabulary (zero included). */
export function countBy<E, K extends string>(
  entries: readonly E[],
  keys: readonly K[],
  keysOf: (entry: E) => readonly K[],
): Map<K, number> {
  const counts = new Map<K, number>(keys.map((key) => [key, 0]));
  for (const entry of entries) {
    for (const key of new Set(keysOf(entry))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
