/**
 * The one reading of content/links.toml, shared by `npm run check` and the build's links loader:
 * a regular file (never a symlink), the raw-text character rule, TOML, the same character rules on
 * every decoded key and value, slug ids and the link schema.
 */
import { lstatSync, readFileSync } from "node:fs";
import { parse as parseToml } from "smol-toml";
import type { Problem } from "./content-files.ts";
import { linkSchema } from "./link-schema.ts";
import { SLUG_PATTERN, slugify } from "./slug.ts";
import { forbiddenCharacter, showHidden, valueProblems } from "./text-rules.ts";

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
  return readLinksText(readFileSync(file, "utf8"), path);
}

/** The links registry's text, as `path` would hold it. Never throws. */
export function readLinksText(text: string, path: string): LinksRead {
  const hidden = forbiddenCharacter(text);
  if (hidden) {
    return {
      links: undefined,
      ids: undefined,
      problems: [{ path, line: hidden.line, field: "tegn", message: hidden.message }],
    };
  }
  let links: Record<string, unknown>;
  try {
    links = parseToml(text);
  } catch (error) {
    const line = (error as { line?: number }).line;
    const message = (error instanceof Error ? error.message.split("\n")[0] : undefined) ?? String(error);
    // Unknown ids: references to links are not judged, so one typo here gives one message, not dozens.
    return {
      links: undefined,
      ids: undefined,
      problems: [{ path, line, field: "TOML", message: `TOML-fejl: ${tomlMessage(message)}` }],
    };
  }
  const lines = text.split("\n");
  const headerOf = (id: string) =>
    lines.findIndex((line) => line.trim() === `[${id}]` || line.trim() === `["${id}"]`);
  const lineOf = (id: string, key: PropertyKey | undefined) => {
    const header = headerOf(id);
    if (header < 0) return undefined;
    if (key === undefined) return header + 1;
    const next = lines.findIndex((line, index) => index > header && /^\s*\[/.test(line));
    const end = next < 0 ? lines.length : next;
    const at = lines.findIndex(
      (line, index) =>
        index > header &&
        index < end &&
        (line.trim().startsWith(`${String(key)} `) || line.trim().startsWith(`${String(key)}=`)),
    );
    return (at >= 0 ? at : header) + 1;
  };
  const problems: Problem[] = [];
  // The character rules on every decoded key and value: "\u202E" in quotes is the character itself.
  const values = valueProblems(links);
  for (const problem of values) {
    const [id, key] = problem.path;
    problems.push({
      path,
      line: lineOf(String(id), key),
      field: showHidden(problem.path.join(".")),
      message: problem.message,
    });
  }
  if (values.length > 0) return { links: undefined, ids: new Set(Object.keys(links)), problems };
  for (const [id, entry] of Object.entries(links)) {
    const header = headerOf(id);
    if (!SLUG_PATTERN.test(id)) {
      problems.push({
        path,
        line: header >= 0 ? header + 1 : undefined,
        field: "id",
        message: `${JSON.stringify(id)} er ikke et gyldigt id. Brug små bogstaver a–z, tal og bindestreger, fx "${slugify(id) || "kommune-indsats"}".`,
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
  return { links: problems.length > 0 ? undefined : links, ids: new Set(Object.keys(links)), problems };
}

function tomlMessage(message: string): string {
  if (/redefine|already (?:been )?defined|duplicate/i.test(message)) {
    return `Det samme id eller felt står to gange. Hvert link skal have sit eget [id], og hvert felt må kun stå én gang. (${message})`;
  }
  return message;
}
