/**
 * Reads a content folder the one way the check, the collections' loader and the tests share: every
 * file in an entry folder must be an entry. A file with the wrong extension or case, a subfolder,
 * a symlink, an empty file or text that is not UTF-8 is an error, never silently skipped.
 */
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import {
  ENTRY_COLLECTIONS,
  LARGEST_ENTRY_LIMITS,
  type EntryCollectionName,
  type EntryLimits,
} from "./content-paths.ts";
import { readEntryText, type EntryText } from "./frontmatter.ts";
import { readEntryBytesOnce } from "./reading-cache.ts";
import { idProblem } from "./slug.ts";

export type Problem = {
  path: string;
  line?: number | undefined;
  field: string;
  message: string;
  /** Problems of one kind in one file are shown a few at a time (capProblems); by default the field. */
  kind?: string | undefined;
};

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.path}:${problem.line}` : problem.path;
  return `${where}  ${problem.field}: ${problem.message}`;
}

/** Problems shown per file and kind; the rest are counted in one line. */
export const PROBLEMS_SHOWN_PER_KIND = 3;
/** Lines shown in all; a last line says how many files have more. */
export const MAX_PROBLEM_LINES = 200;

/** The field without list positions: context.municipalities.17 → context.municipalities. */
const fieldKind = (field: string) => field.replace(/\.\d+(?=\.|$)/g, "") || field;

/** The sentence listing what is allowed, which a message repeats for every bad value. */
const ALLOWED = / (?:Tilladte (?:værdier|felter)(?: her)?|Tilladt): [^.]*(?:\.[^ .][^.]*)*\./;

/**
 * At most PROBLEMS_SHOWN_PER_KIND problems of each kind (file and field, list positions aside, or the
 * problem's own kind), then one line with the count of the rest; the list of allowed values is
 * printed once per kind. 30,000 bad values in one list give four lines, not 35 MB.
 */
export function capProblems(problems: readonly Problem[]): Problem[] {
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const key = `${problem.path}\u0000${problem.kind ?? fieldKind(problem.field)}`;
    const group = groups.get(key);
    if (group) group.push(problem);
    else groups.set(key, [problem]);
  }
  const shown: Problem[] = [];
  for (const group of groups.values()) {
    const allowed = ALLOWED.exec(group[0]!.message)?.[0];
    group.slice(0, PROBLEMS_SHOWN_PER_KIND).forEach((problem, index) => {
      const message = index > 0 && allowed ? problem.message.replace(allowed, "") : problem.message;
      shown.push({ ...problem, message });
    });
    const rest = group.length - PROBLEMS_SHOWN_PER_KIND;
    if (rest > 0) {
      const first = group[0]!;
      shown.push({
        path: first.path,
        line: group[PROBLEMS_SHOWN_PER_KIND]!.line,
        field: first.kind ? first.field : fieldKind(first.field),
        message: `… og ${rest.toLocaleString("da-DK")} ${rest === 1 ? "problem" : "problemer"} mere af samme slags, som ikke er vist. Ret dem som ovenfor, og kør npm run check igen.`,
        kind: first.kind,
      });
    }
  }
  if (shown.length <= MAX_PROBLEM_LINES) return shown;
  const hidden = shown.slice(MAX_PROBLEM_LINES);
  const files = new Set(hidden.map((problem) => problem.path)).size;
  return [
    ...shown.slice(0, MAX_PROBLEM_LINES),
    {
      path: hidden[0]!.path,
      field: "fil",
      message: `… og flere problemer i ${files.toLocaleString("da-DK")} ${files === 1 ? "fil" : "filer"}, som ikke er vist. Ret dem ovenfor, og kør npm run check igen.`,
      kind: "…",
    },
  ];
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
 * go through readEntryBytes (once per process for the same bytes, see reading-cache.ts), exactly as in
 * the build's compile gate; `text` is for text that was
 * never a file (npm run new checks what it is about to write).
 */
export function readEntryFile(
  file: string,
  root: string,
  extension: string,
  text?: string,
  limits: EntryLimits = LARGEST_ENTRY_LIMITS,
): EntryFile {
  const path = displayPath(file, root);
  const name = file.split(/[\\/]/).pop()!;
  const id = name.slice(0, name.length - extension.length);
  const bytes = text === undefined ? readFileSync(file) : undefined;
  const read = bytes ? readEntryBytesOnce(bytes, limits) : readEntryText(text!, limits);
  const source = text ?? bytes!.toString("utf8");
  const title = (read.data as { title?: unknown } | undefined)?.title;
  const problem = idProblem(id, name, typeof title === "string" ? title : undefined);
  if (problem) read.problems.push({ line: 0, field: "filnavn", message: problem });
  return { ...read, path, file, id, source };
}

/** The folder's entries, and problems with anything in it that is not an entry (each file has its own). */
export type EntryFolder = { files: EntryFile[]; problems: Problem[] };

/** Every entry in one collection folder, and a problem for everything in it that is not an entry. */
export function readEntryFolder(dir: string, collection: EntryCollectionName, root: string): EntryFolder {
  const { extension, noun, limits } = ENTRY_COLLECTIONS[collection];
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
      files.push(readEntryFile(file, root, extension, undefined, limits));
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
