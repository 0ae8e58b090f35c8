/**
 * File access for the tools and tests, on top of the one reading in src/lib/content/content-files.ts and
 * src/lib/content/frontmatter.ts (the same code the collections' loader and the compile gate use).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseToml } from "smol-toml";
import { displayPath, readEntryFile, type EntryFile } from "../../src/lib/content/index.ts";

export { displayPath };

export type ContentFile = EntryFile & {
  /** The parsed frontmatter (the reader's `data`), or undefined when it cannot be read. */
  frontmatter: unknown;
};

/** Files in a folder (not its subfolders) ending in `extension`, sorted. */
export function listFiles(dir: string, extension: string): string[] {
  return readdirSync(dir, { encoding: "utf8" })
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(dir, name));
}

export function listMdxFiles(dir: string): string[] {
  return listFiles(dir, ".mdx");
}

/** Reads one content file with the shared reader; the extension is taken from the file name. */
export function readContentFile(file: string, root: string, _base?: string): ContentFile {
  const extension = /\.mdx?$/i.exec(file)?.[0] ?? "";
  const entry = readEntryFile(file, root, extension);
  return { ...entry, frontmatter: entry.data };
}

/** The links registry as parsed TOML: { id: { title, url, publisher? } }. */
export function readLinks(file: string): Record<string, unknown> {
  return parseToml(readFileSync(file, "utf8"));
}
