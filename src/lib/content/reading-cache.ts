/**
 * One reading of each content file per process. A build reads every entry three times: the content check
 * at start-up, the collections' loader and the compile gate (src/lib/check/content-guard.ts) each turn the
 * file's bytes into an EntryText. The reading is a pure function of the bytes and the size limits, so the
 * same bytes get the answer computed the first time: the same rules, applied once.
 *
 * The cache lives on globalThis, not in this module: Astro loads the config (and with it the check and
 * the gate) and the content config (the loader) as separate module instances, which must share it. It is
 * keyed by a hash of the bytes, never by the file name alone, so a file that changes (in `astro dev`) is
 * read again. Each caller gets its own copy of the data and the problems, so no caller can change what
 * another one reads.
 */
import { createHash } from "node:crypto";
import type { EntryLimits } from "./content-paths.ts";
import { LARGEST_ENTRY_LIMITS } from "./content-paths.ts";
import { readEntryBytes, type EntryText } from "./frontmatter.ts";

/** More readings than any catalogue holds files; past it (a long `astro dev` session) the cache starts over. */
export const MAX_CACHED_READINGS = 50_000;

/**
 * A map of this process under `name`, shared by every module instance (see above) through Symbol.for; it
 * starts over once it holds MAX_CACHED_READINGS values. The readings here and the rendered bodies of
 * src/lib/check/render-body.ts each keep one.
 */
export function processWideCache<T>(name: string) {
  const key = Symbol.for(`lovende-praksis:${name}`);
  const map = (): Map<string, T> =>
    ((globalThis as { [key: symbol]: Map<string, T> | undefined })[key] ??= new Map());
  return {
    get: (id: string) => map().get(id),
    set: (id: string, value: T) => {
      const values = map();
      if (values.size >= MAX_CACHED_READINGS) values.clear();
      values.set(id, value);
    },
    delete: (id: string) => map().delete(id),
    clear: () => map().clear(),
  };
}

/** The key of a text or of bytes in such a cache: their SHA-256, in base64. */
export function contentHash(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("base64");
}

const readings = processWideCache<EntryText>("entry-readings");

/** readEntryBytes, computed once per distinct bytes and limits in this process. */
export function readEntryBytesOnce(bytes: Uint8Array, limits: EntryLimits = LARGEST_ENTRY_LIMITS): EntryText {
  const key = `${limits.frontmatter}:${limits.body}:${contentHash(bytes)}`;
  let reading = readings.get(key);
  if (!reading) {
    reading = readEntryBytes(bytes, limits);
    readings.set(key, reading);
  }
  return {
    ...reading,
    data: reading.data === undefined ? undefined : structuredClone(reading.data),
    problems: reading.problems.map((problem) => ({ ...problem })),
  };
}

/** Forgets every reading (for tests). */
export function clearEntryReadings(): void {
  readings.clear();
}
