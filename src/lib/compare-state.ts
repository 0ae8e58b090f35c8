/**
 * A comparison is a URL: `/sammenlign/?id=a,b,c` shows exactly those entries, in that order, and can be
 * shared. `/sammenlign/?tilfoej=x` comes from a plain link on a page without JavaScript: the compare page
 * adds x to the reader's current selection and rewrites the URL to `?id=…`. No imports, so the island
 * stays small.
 */
export const IDS_PARAM = "id";
export const ADD_PARAM = "tilfoej";
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/** Entry ids are file-name slugs; anything else cannot name an entry and is never fetched. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const isSlug = (id: string) => id.length <= 120 && SLUG.test(id);

/** Ids from `?id=a,b` (also `?id=a&id=b`), trimmed, lower-cased, without blanks and duplicates. */
export function parseIds(search: string | URLSearchParams): string[] {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const ids = params
    .getAll(IDS_PARAM)
    .flatMap((value) => value.split(","))
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(ids)];
}

/** The id a plain "Sammenlign" link asks to add, if any. */
export function parseAdd(search: string | URLSearchParams): string | undefined {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const id = params.get(ADD_PARAM)?.trim().toLowerCase();
  return id || undefined;
}

/** The selection after adding `id`: unchanged if it is already there or the selection is full. */
export function addId(
  ids: readonly string[],
  id: string,
): { ids: string[]; result: "added" | "present" | "full" } {
  if (ids.includes(id)) return { ids: [...ids], result: "present" };
  if (ids.length >= MAX_COMPARED) return { ids: [...ids], result: "full" };
  return { ids: [...ids, id], result: "added" };
}

/** `?id=a,b,c`, or "" for an empty selection. Commas stay readable in a shared link. */
export function compareQuery(ids: readonly string[]): string {
  return ids.length > 0 ? `?${IDS_PARAM}=${ids.map(encodeURIComponent).join(",")}` : "";
}
