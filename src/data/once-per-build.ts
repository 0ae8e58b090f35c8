/**
 * Memoises a build-time read for the rest of the build. Every page of a static build asks for the same
 * catalogue-wide data (all entries, all links, all titles); computing it once instead of once per page keeps
 * rendering linear in the number of entries. The dev server reloads content, so there it reads every time.
 */
export function oncePerBuild<T>(read: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return read();
    cached ??= read();
    return cached;
  };
}
