/**
 * Reads a content folder the one way the check, the collections' loader and the tests share: every
 * file in an entry folder must be an entry. A file with the wrong extension or case, a subfolder,
 * a symlink, an empty file or text that is not UTF-8 is an error, never silently skipped.
 */
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { ENTRY_COLLECTIONS, type EntryCollectionName } from "./content-paths.ts";
import { readEntryBytes, readEntryText, type EntryText } from "./frontmatter.ts";
import { entryId, SLUG_PATTERN } from "./slug.ts";

export type Problem = { path: string; line?: number | undefined; field: string; message: string };

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.path}:${problem.line}` : problem.path;
  return `${where}  ${problem.field}: ${problem.message}`;
}

/** Path relative to the project root, as editors see it; absolute for files outside it. */
export function displayPath(file: string, root: string): string {
  const path = relative(root, file);
  return path.startsWith("..") ? resolve(file) : path;
}

export type EntryFile = EntryText & {
  /** Path relative to the project root, as editors see it. */
  path: string;
  /** Absolute path. */
  file: string;
  /** The file name without extension: the entry's id and URL slug. */
  id: string;
  /** The whole file as text (for the content digest; judged only through readEntryBytes). */
  source: string;
};

/**
 * Reads one entry file (text, frontmatter, body); problems describe why it cannot be used. The bytes
 * go through readEntryBytes, exactly as in the build's compile gate; `text` is for text that was
 * never a file (npm run new checks what it is about to write).
 */
export function readEntryFile(file: string, root: string, extension: string, text?: string): EntryFile {
  const path = displayPath(file, root);
  const name = file.split(/[\\/]/).pop()!;
  const id = name.slice(0, name.length - extension.length);
  const bytes = text === undefined ? readFileSync(file) : undefined;
  const read = bytes ? readEntryBytes(bytes) : readEntryText(text!);
  const source = text ?? bytes!.toString("utf8");
  if (!SLUG_PATTERN.test(id)) {
    const title = (read.data as { title?: unknown } | undefined)?.title;
    const suggestion = typeof title === "string" ? ` Mente du: "${entryId(title)}${extension}"?` : "";
    read.problems.push({
      line: 0,
      field: "filnavn",
      message: `"${name}" er ikke et gyldigt filnavn. Brug små bogstaver a–z, tal og bindestreger; æ, ø og å skrives ae, oe og aa.${suggestion}`,
    });
  }
  return { ...read, path, file, id, source };
}

/** The folder's entries, and problems with anything in it that is not an entry (each file has its own). */
export type EntryFolder = { files: EntryFile[]; problems: Problem[] };

/** Every entry in one collection folder, and a problem for everything in it that is not an entry. */
export function readEntryFolder(dir: string, collection: EntryCollectionName, root: string): EntryFolder {
  const { extension, noun } = ENTRY_COLLECTIONS[collection];
  const problems: Problem[] = [];
  const folder = displayPath(dir, root);
  let stat;
  try {
    stat = lstatSync(dir);
  } catch {
    const optional = "optional" in ENTRY_COLLECTIONS[collection];
    if (optional) return { files: [], problems: [] };
    return { files: [], problems: [{ path: folder, field: "mappe", message: "Mappen findes ikke." }] };
  }
  if (stat.isSymbolicLink() || !stat.isDirectory()) {
    return {
      files: [],
      problems: [
        {
          path: folder,
          field: "mappe",
          message: "Skal være en almindelig mappe, ikke en genvej (symlink) eller en fil.",
        },
      ],
    };
  }
  const files: EntryFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name);
    const path = displayPath(file, root);
    const entry = lstatSync(file);
    // Git keeps no empty folders; an empty .gitkeep holds one open and is not an entry.
    if (name === ".gitkeep" && entry.isFile() && entry.size === 0) continue;
    if (entry.isSymbolicLink()) {
      problems.push({
        path,
        field: "fil",
        message: `Er en genvej (symlink). Indholdsmapper må kun indeholde almindelige filer; læg selve filen i ${folder}.`,
      });
    } else if (entry.isDirectory()) {
      problems.push({
        path,
        field: "mappe",
        message: `Undermapper bliver ikke læst. Læg hver ${noun} direkte i ${folder} som <navn>${extension}.`,
      });
    } else if (!entry.isFile()) {
      problems.push({ path, field: "fil", message: "Er ikke en almindelig fil." });
    } else if (!name.endsWith(extension)) {
      const hint = name.toLowerCase().endsWith(extension)
        ? ` Skriv endelsen med små bogstaver: ${name.slice(0, -extension.length)}${extension}.`
        : ` Omdøb filen til <navn>${extension}, eller flyt den ud af mappen.`;
      problems.push({
        path,
        field: "filnavn",
        message: `Filen ville ikke blive vist på sitet: ${folder} må kun indeholde ${extension}-filer.${hint}`,
      });
    } else {
      files.push(readEntryFile(file, root, extension));
    }
  }
  return { files, problems };
}

/** Files the content root may hold besides the entry folders: the links registry and a README. */
export const CONTENT_ROOT_FILES = ["links.toml", "README.md"] as const;

/**
 * Everything directly under the content root that is neither a registered entry folder nor one of
 * CONTENT_ROOT_FILES: such a file or folder would be dropped in silence, so it is an error. The
 * entry folders and links.toml are judged (symlinks too) by their own readers.
 */
export function contentRootProblems(dir: string, root: string): Problem[] {
  const folders: string[] = Object.values(ENTRY_COLLECTIONS).map((collection) => collection.folder);
  const known = [...folders, ...CONTENT_ROOT_FILES];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [{ path: displayPath(dir, root), field: "mappe", message: "Indholdsmappen findes ikke." }];
  }
  const problems: Problem[] = [];
  for (const name of names) {
    const path = displayPath(join(dir, name), root);
    if (folders.includes(name) || name === "links.toml") continue;
    const entry = lstatSync(join(dir, name));
    if ((CONTENT_ROOT_FILES as readonly string[]).includes(name)) {
      if (entry.isSymbolicLink() || !entry.isFile()) {
        problems.push({
          path,
          field: "fil",
          message: "Skal være en almindelig fil, ikke en genvej (symlink) eller en mappe.",
        });
      }
      continue;
    }
    const sameName = known.find((value) => value.toLowerCase() === name.toLowerCase());
    const hint = sameName
      ? ` Mente du ${sameName}? Navnet skal staves præcis sådan, med små bogstaver.`
      : entry.isFile() && /\.mdx?$/i.test(name)
        ? ` Læg filen i den rigtige mappe, fx ${ENTRY_COLLECTIONS.interventions.folder}/.`
        : "";
    problems.push({
      path,
      field: entry.isDirectory() ? "mappe" : "fil",
      message: `${entry.isDirectory() ? "Mappen" : "Filen"} bliver ikke læst og ville blive sprunget over. Indholdsmappen må kun indeholde ${known.join(", ")}.${hint}`,
    });
  }
  return problems;
}

/** An entry file's own problems (frontmatter, file name) in the shared Problem shape. */
export function entryProblems(file: EntryFile): Problem[] {
  return file.problems.map((problem) => ({
    path: file.path,
    line: problem.line || undefined,
    field: problem.field,
    message: problem.message,
  }));
}
