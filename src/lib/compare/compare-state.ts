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
/** A link naming more ids than this is cut here, before anything is fetched. */
export const MAX_READ = 12;

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

/** The first MAX_COMPARED entries that exist are compared, in URL order; any later ones are left out. */
export function capSelection<T>(found: readonly T[]): { compared: T[]; leftOut: T[] } {
  return { compared: found.slice(0, MAX_COMPARED), leftOut: found.slice(MAX_COMPARED) };
}

/** "a, b og c" */
export function danishList(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(", ")} og ${items.at(-1)}` : (items[0] ?? "");
}

/** Names the entries a link asked for beyond the maximum; `unread` counts the ids past MAX_READ. */
export function leftOutNote(titles: readonly string[], unread = 0): string {
  const names = titles.map((title) => `»${title}«`);
  if (unread > 0) names.push(`${unread} til`);
  return `Du kan højst sammenligne fire indsatser ad gangen, så de første fire i linket vises. Udeladt: ${danishList(names)}.`;
}
