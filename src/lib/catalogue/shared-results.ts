/**
 * Figures one source gives for more than one entry (Ungeguides is Randers' part of Ung i uddannelse, and
 * the case gives its figures for both) are written once, in one entry's `results` with `sharedWith`. Every
 * entry the figure is shared with shows it as well, as a copy marked with `storedIn`, so cards, facets,
 * compare and open data see the figure on both entries, while /resultater/ counts it once (where it is stored).
 */
import { refId, type Ref } from "../site/figure-text.ts";

type Stored = { readonly sharedWith?: readonly Ref[] | undefined };
type Entry = { readonly id: string; readonly data: { readonly results: readonly Stored[] } };

/** A figure as an entry shows it: `storedIn` names the entry holding it, on a copy from another entry. */
export type SharedFigure<R> = R & { storedIn?: string | undefined };

export type WithSharedResults<E extends Entry> = Omit<E, "data"> & {
  data: Omit<E["data"], "results"> & { results: SharedFigure<E["data"]["results"][number]>[] };
};

/**
 * Each entry with its own figures followed by the figures other entries share with it. Order is kept:
 * own figures first as written, then shared ones in the order of the entries that hold them.
 */
export function withSharedResults<E extends Entry>(entries: readonly E[]): WithSharedResults<E>[] {
  type Figure = SharedFigure<E["data"]["results"][number]>;
  const sharedIn = new Map<string, Figure[]>();
  for (const entry of entries)
    for (const result of entry.data.results)
      for (const ref of result.sharedWith ?? []) {
        const id = refId(ref);
        if (id === entry.id) continue;
        sharedIn.set(id, [...(sharedIn.get(id) ?? []), { ...result, storedIn: entry.id }]);
      }
  return entries.map(
    (entry) =>
      ({
        ...entry,
        data: { ...entry.data, results: [...entry.data.results, ...(sharedIn.get(entry.id) ?? [])] },
      }) as unknown as WithSharedResults<E>,
  );
}

/** The figures an entry holds itself: what /resultater/ counts and JSON's `data` repeats from the file. */
export const storedFigures = <F extends { storedIn?: string | undefined }>(results: readonly F[]): F[] =>
  results.filter((result) => result.storedIn === undefined);
