/**
 * Memoises a build-time read for the rest of the build. Every page of a static build asks for the same
 * catalogue-wide data (all entries, all links, all titles); computing it once instead of once per page keeps
 * rendering linear in the number of entries. The dev server reloads content, so there it reads every time.
 *
 * Once every page is generated, nothing asks again: the content-check integration forgets every read at
 * `astro:build:generated` (forgetPerBuildReads), so Pagefind's indexing and the other last hooks do not run
 * beside a copy of the whole catalogue. The registry lives on globalThis because the pages' copy of this
 * module (in the prerender bundle) is not the integration's.
 */
export const PER_BUILD_READS = Symbol.for("lovende-praksis:per-build-reads");

type Registry = Set<() => void>;
const registry = (): Registry =>
  ((globalThis as { [PER_BUILD_READS]?: Registry })[PER_BUILD_READS] ??= new Set());

/** Registers how to forget a per-build read once the pages are generated. */
export function forgetAfterGeneration(forget: () => void): void {
  registry().add(forget);
}

export function oncePerBuild<T>(read: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  forgetAfterGeneration(() => {
    cached = undefined;
  });
  return () => {
    if (import.meta.env.DEV) return read();
    cached ??= read();
    return cached;
  };
}
