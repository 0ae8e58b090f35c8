/**
 * The one reading of a content file: where its frontmatter ends, what the YAML says and which text
 * is the body. `npm run check`, the collections' loader and the build's compile gate all call
 * readEntryText, so no file can be read two ways. The rules are strict on purpose:
 *
 * - the bytes are UTF-8, decoded without dropping anything (readEntryBytes), and exactly one leading
 *   byte-order mark is dropped here, so every caller gets the same text from the same bytes;
 * - the file starts with a line that is exactly `---`;
 * - the frontmatter ends at the first line that begins with `---`, `+++` or `...`, and that line
 *   must be exactly `---`: `----`, `---x` or `--- -` would be read as YAML here but as Markdown or
 *   code by other parsers;
 * - YAML 1.2 core schema only: no tags (`!foo`, `!!binary`), no anchors or aliases, unique keys,
 *   field names that are plain text, and numbers that are numbers (no .nan, .inf or 1e309);
 * - limits on size, indentation and nesting, so a hostile file gets a message, not a crash.
 */
import { bracketDepthIssue } from "./body-rules.ts";
import { BOM, decodeUtf8, forbiddenCharacter, quoted, showHidden, valueProblems } from "../schema/text-rules.ts";
import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
} from "yaml";

/** The largest content file we read: a long entry is about 10 KB. */
export const MAX_FILE_BYTES = 100_000;
/** Deepest nesting of YAML lists and maps; the intervention schema needs 5. */
export const MAX_YAML_DEPTH = 8;
const MAX_YAML_INDENT = 40;

export type TextProblem = { line: number; field: string; message: string };

export type EntryText = {
  /** The parsed frontmatter, or undefined when it could not be read. */
  data: unknown;
  /** The Markdown or MDX after the closing `---`. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** 1-based line of the value at a frontmatter path such as ["targetGroup", "tags", 0], or of its nearest parent. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** Why the file cannot be read; empty when it can. */
  problems: TextProblem[];
};

const FRONTMATTER = "frontmatter";
const DELIMITER = "---";
/** Lines other parsers may take for the end of the frontmatter. */
const LOOKS_LIKE_END = /^(?:---|\+\+\+|\.\.\.)/;

function failed(line: number, field: string, message: string, text = ""): EntryText {
  return {
    data: undefined,
    body: text,
    bodyLine: 1,
    lineOf: () => undefined,
    problems: [{ line, field, message }],
  };
}

/**
 * Reads one content file's bytes: the only way `npm run check`, the collections' loader and the
 * build's compile gate turn a file into text, so the same bytes always get the same verdict.
 */
export function readEntryBytes(bytes: Uint8Array): EntryText {
  const decoded = decodeUtf8(bytes);
  if ("badLine" in decoded) {
    return failed(
      decoded.badLine,
      "fil",
      "Filen er ikke gemt som UTF-8: linjen indeholder bytes, der ikke er UTF-8 (fx æ, ø eller å gemt som Windows-1252). Gem filen igen som UTF-8 (det gør GitHub og de fleste editorer).",
    );
  }
  return readEntryText(decoded.text);
}

/** Reads one content file's text, decoded with every byte-order mark kept. Never throws. */
export function readEntryText(raw: string): EntryText {
  if (raw.length > MAX_FILE_BYTES) {
    return failed(
      1,
      "fil",
      `Filen er ${raw.length.toLocaleString("da-DK")} tegn; højst ${MAX_FILE_BYTES.toLocaleString("da-DK")} er tilladt. Del teksten op, eller forkort den.`,
    );
  }
  if (raw.trim() === "")
    return failed(
      1,
      "fil",
      "Filen er tom. Slet den, eller skriv en indsats efter skabelonen i CONTRIBUTING.md.",
    );
  // One byte-order mark is invisible in most editors and harmless: drop it, and read the rest.
  const text = raw.startsWith(BOM) ? raw.slice(1) : raw;
  if (text.startsWith(BOM)) {
    const count = /^\uFEFF*/.exec(raw)![0].length;
    return failed(
      1,
      "tegn",
      `Filen begynder med ${count} usynlige byte-order marks (${"\\uFEFF".repeat(count)}) før ---. Højst ét er tilladt; slet de andre (de er ofte kommet med ved kopiering mellem editorer).`,
      text,
    );
  }
  const hidden = forbiddenCharacter(text);
  if (hidden) return failed(hidden.line, "tegn", hidden.message, text);
  const lines = text.split("\n").map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
  if (lines[0] !== DELIMITER) {
    const first = quoted(lines[0]!, 40);
    return failed(
      1,
      FRONTMATTER,
      `Første linje skal være præcis --- (tre bindestreger og intet andet), men er ${first}. Felterne (frontmatter) skal stå øverst mellem to linjer med ---.`,
      text,
    );
  }
  const end = lines.findIndex((line, index) => index > 0 && LOOKS_LIKE_END.test(line));
  if (end < 0) {
    return failed(
      1,
      FRONTMATTER,
      "Felterne (frontmatter) slutter aldrig: der mangler en linje, der er præcis --- under det sidste felt.",
      text,
    );
  }
  if (lines[end] !== DELIMITER) {
    return failed(
      end + 1,
      FRONTMATTER,
      `Linjen ${quoted(lines[end]!)} afslutter felterne, men skal være præcis --- (tre bindestreger og intet andet, heller ikke mellemrum). Ret linjen til ---.`,
      text,
    );
  }
  if (end === 1) {
    return failed(
      2,
      FRONTMATTER,
      "Linje 2 er endnu en ---, så felterne er tomme, og resten af filen bliver læst som brødtekst. Slet den ekstra linje med ---, så felterne står mellem linje 1 og den næste ---.",
      text,
    );
  }
  const yamlLines = lines.slice(1, end);
  const body = lines.slice(end + 1).join("\n");
  const bodyLine = end + 2;
  const yamlText = yamlLines.join("\n");
  // Checked here, before any compiler sees the body: deep brackets can crash a parser outright.
  const brackets = bracketDepthIssue(body, bodyLine);
  if (brackets) return { ...failed(brackets.line, "brødtekst", brackets.message), body, bodyLine };
  const limit = nestingProblem(yamlLines);
  if (limit) return { ...failed(limit.line + 1, FRONTMATTER, limit.message), body, bodyLine };

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, {
    version: "1.2",
    schema: "core",
    customTags: [],
    uniqueKeys: true,
    merge: false,
    prettyErrors: false,
    lineCounter,
  });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  const lineOf = (path: readonly PropertyKey[]) => {
    const offset = offsetOf(doc, path);
    return offset === undefined ? undefined : toLine(offset);
  };
  const problems: TextProblem[] = [];
  for (const error of doc.errors) {
    problems.push({
      line: toLine(error.pos[0]),
      field: FRONTMATTER,
      message: yamlMessage(error.code, error.message),
    });
  }
  visit(doc, {
    Pair(_key, pair, ancestors) {
      const key = pair.key;
      if (key === null || isScalar(key)) return undefined;
      const [at, end] = (key as { range?: [number, number, number] }).range ?? [0, 0];
      problems.push({
        line: toLine(at),
        field: fieldOf(ancestors, undefined),
        message: `Feltnavnet ${quoted(yamlText.slice(at, end).trim() || String(key))} er en liste eller et sæt felter. Et feltnavn skal være almindelig tekst, fx title: eller age:, og må ikke stå efter ? på en linje for sig.`,
      });
      return visit.SKIP;
    },
    Node(_key, node, ancestors) {
      const at = (node as { range?: [number, number, number] }).range?.[0] ?? 0;
      if (isScalar(node) && typeof node.value === "number" && !Number.isFinite(node.value)) {
        const what = Number.isNaN(node.value) ? "ikke et tal (.nan)" : "uendeligt eller for stort";
        problems.push({
          line: toLine(at),
          field: fieldOf(ancestors, node),
          message: `Tallet ${quoted(node.source ?? String(node.value))} er ${what}. Skriv et almindeligt tal, fx 15.`,
        });
      }
      const anchor = (node as { anchor?: string }).anchor;
      if (isAlias(node) || anchor) {
        const name = isAlias(node) ? `*${node.source}` : `&${anchor}`;
        if (!problems.some((problem) => problem.message.startsWith("YAML-ankre"))) {
          problems.push({
            line: toLine(at),
            field: FRONTMATTER,
            message: `YAML-ankre og -henvisninger (her ${name}) er ikke tilladt i felterne. Skriv værdien ud hvert sted, den bruges.`,
          });
        }
        return visit.SKIP;
      }
      const tag = (node as { tag?: string }).tag;
      if (tag) {
        const shown = tag.replace(/^tag:yaml\.org,2002:/, "!!");
        problems.push({
          line: toLine(at),
          field: FRONTMATTER,
          message: `YAML-mærket ${shown} er ikke tilladt. Skriv værdien uden mærke (tekst, tal, true/false, lister og felter).`,
        });
      }
      return undefined;
    },
  });
  if (problems.length === 0 && !isMap(doc.contents)) {
    problems.push({
      line: 2,
      field: FRONTMATTER,
      message: "Felterne mellem linjerne med --- skal være på formen felt: værdi, ét felt pr. linje.",
    });
  }
  if (problems.length > 0) {
    return { data: undefined, body, bodyLine, lineOf: () => undefined, problems: dedupe(problems) };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  // The character rules again on every decoded string: "\u202E" in quotes is the character itself.
  for (const problem of valueProblems(data)) {
    problems.push({
      line: lineOf(problem.path) ?? 2,
      field: showHidden(problem.path.join(".")) || FRONTMATTER,
      message: problem.message,
    });
  }
  if (problems.length > 0) return { data: undefined, body, bodyLine, lineOf, problems };
  return { data, body, bodyLine, lineOf, problems };
}

/** The dotted field name of a node, such as targetGroup.age.min, from the nodes above it. */
function fieldOf(ancestors: readonly unknown[], node: unknown): string {
  const parts: string[] = [];
  const chain = [...ancestors, node];
  chain.forEach((item, index) => {
    if (isPair(item) && isScalar(item.key)) parts.push(String(item.key.value));
    else if (isSeq(item)) parts.push(String(item.items.indexOf(chain[index + 1] as never)));
  });
  return showHidden(parts.join(".")) || FRONTMATTER;
}

/** Catches nesting deep enough to exhaust the YAML parser before it runs. */
function nestingProblem(lines: readonly string[]): { line: number; message: string } | undefined {
  let depth = 0;
  for (const [index, line] of lines.entries()) {
    const indent = /^[ \t]*/.exec(line)![0];
    if (indent.includes("\t")) {
      return {
        line: index + 1,
        message: "Felterne må ikke indrykkes med tabulator. Brug to mellemrum pr. niveau.",
      };
    }
    if (indent.length > MAX_YAML_INDENT) {
      return {
        line: index + 1,
        message: `Linjen er indrykket ${indent.length} mellemrum; højst ${MAX_YAML_INDENT} er tilladt. Felterne er for dybt indlejret.`,
      };
    }
    let quote: string | undefined;
    for (const char of line) {
      if (quote) {
        if (char === quote) quote = undefined;
      } else if (char === '"' || char === "'") quote = char;
      else if (char === "#") break;
      else if (char === "[" || char === "{") depth++;
      else if (char === "]" || char === "}") depth = Math.max(0, depth - 1);
      if (depth > MAX_YAML_DEPTH) {
        return {
          line: index + 1,
          message: `Lister og felter er indlejret mere end ${MAX_YAML_DEPTH} niveauer. Skriv dem fladere.`,
        };
      }
    }
  }
  return undefined;
}

function yamlMessage(code: string, message: string): string {
  const first = message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  const danish: Record<string, string> = {
    DUPLICATE_KEY: "Det samme felt står to gange. Slet det ene.",
    BAD_INDENT: "Indrykningen passer ikke. Felter, der hører under et andet, indrykkes med to mellemrum.",
    MISSING_CHAR: "Der mangler et tegn, fx en afsluttende ] eller } eller et anførselstegn.",
    MULTIPLE_DOCS: "Der står --- midt i felterne. Felterne skal stå mellem præcis to linjer med ---.",
    TAB_AS_INDENT: "Felterne må ikke indrykkes med tabulator. Brug to mellemrum pr. niveau.",
  };
  return `YAML-fejl: ${danish[code] ?? "Felterne kan ikke læses som YAML."} (${first})`;
}

function dedupe(problems: TextProblem[]): TextProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.line}:${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Offset of the deepest node on `path` that exists: a map key, a list item or the value itself. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
    const last = path[depth - 1];
    if (isMap(parent)) {
      const pair = parent.items.find(
        (item) => String((item.key as { value?: unknown })?.value) === String(last),
      );
      const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
      // A key the data has but no plain key matches: the map it sits in is the nearest place.
      return range?.[0] ?? parent.range?.[0];
    } else if (isSeq(parent) && typeof last === "number") {
      const range = (parent.items[last] as { range?: [number, number, number] } | undefined)?.range;
      if (range) return range[0];
    } else if (isCollection(parent)) continue;
  }
  return undefined;
}

/**
 * The text the compiler gets for a file that readEntryText accepted: an empty frontmatter and blank
 * lines in place of the fields, so line numbers in compiler messages still match the file, and no
 * second YAML parser ever sees the fields.
 */
export function compiledSource(entry: EntryText): string {
  const blank = Math.max(0, entry.bodyLine - 3);
  return `${DELIMITER}\n${"\n".repeat(blank)}${DELIMITER}\n${entry.body}`;
}
