/**
 * The one reading of content/links.toml, shared by `npm run check` and the build's links loader:
 * a regular file (never a symlink), UTF-8 decoded as for entries (one leading byte-order mark
 * dropped), limits on size and number of links, the raw-text character rule, TOML, the same
 * character rules on every decoded key and value, slug ids and the link schema. The work is linear
 * in the file's size and the messages are capped, so a hostile file cannot stall CI.
 */
import { lstatSync, readFileSync } from "node:fs";
import { parse as parseToml } from "smol-toml";
import type { Problem } from "./content-files.ts";
import { linkSchema } from "../schema/link-schema.ts";
import { entryId, MAX_ID_LENGTH, SLUG_PATTERN } from "./slug.ts";
import {
  BOM,
  decodeUtf8,
  forbiddenCharacter,
  MAX_DATA_DEPTH,
  showHidden,
  valueProblems,
} from "../schema/text-rules.ts";

/** The largest links.toml we read: today 20 links take 4 KB. */
export const MAX_LINKS_CHARS = 300_000;
/** The most links the registry may hold. */
export const MAX_LINKS = 1_000;
/** The most problems reported for the file; the rest are counted. */
export const MAX_LINK_PROBLEMS = 50;

export type LinksRead = {
  /** The parsed registry, or undefined when it cannot be read. */
  links: Record<string, unknown> | undefined;
  /** The link ids, or undefined when the file cannot be read (references are then not judged). */
  ids: Set<string> | undefined;
  problems: Problem[];
};

/** Reads the registry file; `path` is how messages name it. */
export function readLinksFile(file: string, path: string): LinksRead {
  let stat;
  try {
    stat = lstatSync(file);
  } catch {
    return {
      links: undefined,
      ids: new Set(),
      problems: [{ path, field: "fil", message: "Filen findes ikke." }],
    };
  }
  if (stat.isSymbolicLink() || !stat.isFile()) {
    return {
      links: undefined,
      ids: undefined,
      problems: [
        {
          path,
          field: "fil",
          message:
            "Skal være en almindelig fil, ikke en genvej (symlink) eller en mappe. Læg selve filen links.toml i indholdsmappen.",
        },
      ],
    };
  }
  const decoded = decodeUtf8(readFileSync(file));
  if ("badLine" in decoded) {
    return {
      links: undefined,
      ids: undefined,
      problems: [
        {
          path,
          line: decoded.badLine,
          field: "fil",
          message:
            "Filen er ikke gemt som UTF-8: linjen indeholder bytes, der ikke er UTF-8. Gem filen igen som UTF-8.",
        },
      ],
    };
  }
  return readLinksText(decoded.text, path);
}

function unreadable(path: string, line: number | undefined, field: string, message: string): LinksRead {
  // Unknown ids: references to links are not judged, so one problem here gives one message, not dozens.
  return { links: undefined, ids: undefined, problems: [{ path, line, field, message }] };
}

/** The links registry's text, decoded with every byte-order mark kept, as `path` would hold it. Never throws. */
export function readLinksText(raw: string, path: string): LinksRead {
  if (raw.length > MAX_LINKS_CHARS) {
    return unreadable(
      path,
      1,
      "fil",
      `Filen er ${raw.length.toLocaleString("da-DK")} tegn; højst ${MAX_LINKS_CHARS.toLocaleString("da-DK")} er tilladt.`,
    );
  }
  const text = raw.startsWith(BOM) ? raw.slice(1) : raw;
  const hidden = forbiddenCharacter(text);
  if (hidden) return unreadable(path, hidden.line, "tegn", hidden.message);
  let links: Record<string, unknown>;
  try {
    // maxDepth bounds inline [ ] and { } nesting inside the parser; dotted keys (a.b.c) are judged
    // by valueProblems' depth limit, in one linear walk.
    links = parseToml(text, { maxDepth: MAX_DATA_DEPTH });
  } catch (error) {
    const line = (error as { line?: number }).line;
    const message = (error instanceof Error ? error.message.split("\n")[0] : undefined) ?? String(error);
    return unreadable(path, line, "TOML", `TOML-fejl: ${tomlMessage(message)}`);
  }
  const ids = Object.keys(links);
  if (ids.length > MAX_LINKS) {
    return unreadable(
      path,
      undefined,
      "fil",
      `Filen har ${ids.length.toLocaleString("da-DK")} links; højst ${MAX_LINKS.toLocaleString("da-DK")} er tilladt.`,
    );
  }
  const { headerOf, lineOf } = lineIndex(text);
  const problems: Problem[] = [];
  // The character rules on every decoded key and value: "\u202E" in quotes is the character itself.
  const values = valueProblems(links, MAX_LINK_PROBLEMS + 1);
  for (const problem of values) {
    const [id, key] = problem.path;
    problems.push({
      path,
      line: lineOf(String(id), key),
      field: showHidden(problem.path.join(".")),
      message: problem.message,
    });
  }
  if (values.length > 0) return { links: undefined, ids: new Set(ids), problems: capped(problems, path) };
  for (const [id, entry] of Object.entries(links)) {
    if (!SLUG_PATTERN.test(id)) {
      problems.push({
        path,
        line: headerOf(id),
        field: "id",
        message: `${JSON.stringify(id)} er ikke et gyldigt id. Brug små bogstaver a–z, tal og bindestreger, fx "${entryId(id)}".`,
      });
    } else if (id.length > MAX_ID_LENGTH) {
      problems.push({
        path,
        line: headerOf(id),
        field: "id",
        message: `Id'et er ${id.length} tegn; højst ${MAX_ID_LENGTH} er tilladt. Forkort det, fx til "${entryId(id)}".`,
      });
    }
    const result = linkSchema.safeParse(entry);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const key = issue.code === "unrecognized_keys" ? issue.keys[0] : issue.path[0];
      problems.push({
        path,
        line: lineOf(id, key),
        field: [id, ...issue.path].join("."),
        message: issue.message,
      });
    }
  }
  return {
    links: problems.length > 0 ? undefined : links,
    ids: new Set(ids),
    problems: capped(problems, path),
  };
}

/** At most MAX_LINK_PROBLEMS problems, and a last one that says how many more there are. */
function capped(problems: Problem[], path: string): Problem[] {
  if (problems.length <= MAX_LINK_PROBLEMS) return problems;
  const rest = problems.length - MAX_LINK_PROBLEMS;
  return [
    ...problems.slice(0, MAX_LINK_PROBLEMS),
    {
      path,
      field: "fil",
      message: `… og ${rest.toLocaleString("da-DK")} problemer mere, som ikke er vist. Ret dem ovenfor, og kør npm run check igen.`,
    },
  ];
}

const HEADER = /^\[\[?\s*(?:"([^"\\]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*\]\]?\s*(?:#.*)?$/;
const KEY = /^(?:"([^"\\]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*=/;

/**
 * 1-based lines of each [id] header and of each key in its block, found in one pass over the text,
 * so reporting stays linear however many problems there are.
 */
function lineIndex(text: string) {
  const headers = new Map<string, number>();
  const keys = new Map<string, number>();
  let current: string | undefined;
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    const header = HEADER.exec(line);
    if (header) {
      current = header[1] ?? header[2] ?? header[3]!;
      if (!headers.has(current)) headers.set(current, index + 1);
      return;
    }
    if (line.startsWith("[")) current = undefined;
    const key = current === undefined ? null : KEY.exec(line);
    if (!key) return;
    const name = `${current}\n${key[1] ?? key[2] ?? key[3]!}`;
    if (!keys.has(name)) keys.set(name, index + 1);
  });
  const headerOf = (id: string) => headers.get(id);
  const lineOf = (id: string, key: PropertyKey | undefined) =>
    key === undefined ? headers.get(id) : (keys.get(`${id}\n${String(key)}`) ?? headers.get(id));
  return { headerOf, lineOf };
}

/** The TOML parser's errors, each with what to do, in Danish. */
const TOML_MESSAGES: readonly [RegExp, string][] = [
  [
    /excessively nested/,
    `Lister eller tabeller ligger mere end ${MAX_DATA_DEPTH} niveauer inde i hinanden. Skriv dem fladere: et link er et [id] med felterne title, publisher, url og http.`,
  ],
  [
    /redefine|already (?:been )?defined|duplicate/i,
    "Det samme id eller felt står to gange. Hvert link skal have sit eget [id], og hvert felt må kun stå én gang.",
  ],
  [
    /unfinished string/,
    'En tekst mangler sit afsluttende anførselstegn. Sæt " til sidst i teksten, på samme linje.',
  ],
  [
    /control characters are not allowed in strings/,
    'En tekst indeholder et linjeskift eller et andet styretegn. Mangler der et afsluttende anførselstegn? En tekst i "…" skal slutte på samme linje; skriv et tabulatortegn som \\t.',
  ],
  [
    /escape/,
    "En \\ i tekst i dobbelte anførselstegn skal efterfølges af et gyldigt tegn (fx \\\"). Skriv \\\\ for selve tegnet, eller brug enkelte anførselstegn ('…').",
  ],
  [
    /end-of-line/,
    'Efter en værdi skal linjen slutte (en kommentar efter # er tilladt). Skriv hvert felt på sin egen linje som navn = "værdi".',
  ],
  [
    /key/,
    'Linjen skal have formen navn = "værdi". Feltnavne må kun indeholde a–z, 0–9, - og _, og et id står i firkantede parenteser på sin egen linje, fx [herning-ung-paa-vej].',
  ],
  [
    /unfinished (?:table|array)|expected comma|end of table array/,
    "Der mangler en afsluttende ] eller }, eller et komma mellem to værdier.",
  ],
  [
    /numeric|leading zero|underscore|losslessly/,
    'Et tal er skrevet forkert. Et link har ingen tal: skriv teksten i anførselstegn, fx title = "2020".',
  ],
  [
    /date/,
    'En dato kan ikke læses. Et link har ingen datoer: skriv teksten i anførselstegn, fx title = "2020-01-01".',
  ],
  [/comments/, "En kommentar (efter #) indeholder et styretegn. Slet det."],
  [
    /invalid value/,
    'Værdien kan ikke læses. Tekst skal stå i anførselstegn, fx title = "Navn", og http kan kun være true.',
  ],
];

function tomlMessage(message: string): string {
  const english = message.replace(/^Invalid TOML document: /, "");
  const danish = TOML_MESSAGES.find(([pattern]) => pattern.test(english))?.[1];
  return `${danish ?? 'Filen kan ikke læses som TOML. Hvert link er et [id] på sin egen linje efterfulgt af linjer som title = "Navn" og url = "https://…".'} (${english})`;
}
