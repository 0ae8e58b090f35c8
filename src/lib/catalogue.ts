/** Pure grouping and sorting over catalogue entries, shared by pages and tests. */
import { PHASE_SLUGS, type PhaseSlug } from "./vocabulary/phases.ts";
import { TARGET_GROUP_TAGS, type TargetGroupTag } from "./vocabulary/target-groups.ts";

type Entry = { id: string; data: { title: string; phase: PhaseSlug } };
type TaggedEntry = { data: { targetGroup: { tags: readonly TargetGroupTag[] } } };

const collator = new Intl.Collator("da");

export function sortByTitle<E extends Entry>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) => collator.compare(a.data.title, b.data.title));
}

export function inPhase<E extends Entry>(entries: readonly E[], phase: PhaseSlug): E[] {
  return sortByTitle(entries.filter((entry) => entry.data.phase === phase));
}

/** How many entries carry each key, for every key of the vocabulary (zero included). */
function countBy<E, K extends string>(
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

/** Every phase in catalogue order with its entries, sorted by title. */
export function groupByPhase<E extends Entry>(entries: readonly E[]): { phase: PhaseSlug; entries: E[] }[] {
  return PHASE_SLUGS.map((phase) => ({ phase, entries: inPhase(entries, phase) }));
}

export function withTargetGroup<E extends TaggedEntry>(entries: readonly E[], tag: TargetGroupTag): E[] {
  return entries.filter((entry) => entry.data.targetGroup.tags.includes(tag));
}

/** Entries per target-group tag, zero included. */
export function targetGroupCounts(entries: readonly TaggedEntry[]): Map<TargetGroupTag, number> {
  return countBy(entries, TARGET_GROUP_TAGS, (entry) => entry.data.targetGroup.tags);
}
