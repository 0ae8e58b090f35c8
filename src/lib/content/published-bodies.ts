/**
 * The published body of each MDX entry (the Markdown without comments, which only the open data carries), kept
 * beside Astro's content store instead of in it. Astro puts the whole store into the server bundle as one string,
 * which the bundler reads and writes and the pages parse again: at 3,000 entries the bodies were a third of that
 * string, and keeping them here took Astro's peak from 1.49 to 1.38 GB (2.95 to 2.70 GB at 10,000; BENCHMARKS.md).
 *
 * The loader fills the table and the open-data routes read it, in one process. They load this module separately
 * (the routes from the server bundle), so the table lives on globalThis under a registered symbol.
 */
const TABLE = Symbol.for("lovende-praksis.published-bodies");

type Table = Map<string, Map<string, string>>;

function table(): Table {
  const global = globalThis as { [TABLE]?: Table };
  return (global[TABLE] ??= new Map());
}

function bodiesOf(collection: string): Map<string, string> {
  let bodies = table().get(collection);
  if (!bodies) table().set(collection, (bodies = new Map()));
  return bodies;
}

export function rememberPublishedBody(collection: string, id: string, body: string): void {
  bodiesOf(collection).set(id, body);
}

export function forgetPublishedBody(collection: string, id: string): void {
  bodiesOf(collection).delete(id);
}

export function forgetPublishedBodies(collection: string): void {
  table().delete(collection);
}

/** The body the loader read for `id`; throws when the loader has not run in this process, as nothing else may guess it. */
export function publishedBodyOf(collection: string, id: string): string {
  const body = table().get(collection)?.get(id);
  if (body === undefined)
    throw new Error(`No published body for ${collection}/${id}: the collection's loader has not read it in this process.`);
  return body;
}
