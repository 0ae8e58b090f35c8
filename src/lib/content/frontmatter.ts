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
 * - limits on size (the fields and the body each measured on their own), indentation, nesting, list
 *   length and keys per map, so a hostile file gets a message in linear time, not a crash;
 * - numbers written as plain decimals, so YAML 1.1 and 1.2 tools (and editors) read the same number;
 * - no field named __proto__, constructor or prototype, which a program may drop or misread.
 */
import { bracketDepthIssue } from "./body-rules.ts";
import { LARGEST_ENTRY_LIMITS, type EntryLimits } from "./content-paths.ts";
import { numberFormProblem } from "../schema/number-form.ts";
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

/** Deepest nesting of YAML lists and maps; the intervention schema needs 5. */
export const MAX_YAML_DEPTH = 8;
/** Indentation of a line. */
const MAX_YAML_INDENT = 40;
/**
 * Indentation, field names and block markers (`- `, `? `, `: `) before a line's first value; the
 * deepest line today, `  individuel-tilrettelaeggelse:`, has 31.
 */
const MAX_YAML_PREFIX = 60;
/** The most items in one list: more than any vocabulary has values (98 municipalities). */
export const MAX_LIST_ITEMS = 100;
/** The most fields in one map: the intervention schema has 20 at its widest. */
export const MAX_MAP_KEYS = 50;
/** The most problems the reader reports for one file; the rest are counted. */
export const MAX_READER_PROBLEMS = 20;

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
export function readEntryBytes(bytes: Uint8Array, limits: EntryLimits = LARGEST_ENTRY_LIMITS): EntryText {
  // Before decoding: a file of many megabytes is refused without being turned into text.
  if (bytes.length > 4 * (limits.frontmatter + limits.body)) return tooLong(bytes.length, limits, "bytes");
  const decoded = decodeUtf8(bytes);
  if ("badLine" in decoded) {
    return failed(
      decoded.badLine,
      "fil",
      "Filen er ikke gemt som UTF-8: linjen indeholder bytes, der ikke er UTF-8 (fx æ, ø eller å gemt som Windows-1252). Gem filen igen som UTF-8 (det gør GitHub og de fleste editorer).",
    );
  }
  return readEntryText(decoded.text, limits);
}

const amount = (value: number) => value.toLocaleString("da-DK");

function tooLong(size: number, limits: EntryLimits, unit: "tegn" | "bytes"): EntryText {
  return failed(
    1,
    "fil",
    `Filen er ${amount(size)} ${unit}; højst ${amount(limits.frontmatter + limits.body)} tegn er tilladt (felterne højst ${amount(limits.frontmatter)} og brødteksten højst ${amount(limits.body)}). Del teksten op, eller forkort den.`,
  );
}

/**
 * Reads one content file's text, decoded with every byte-order mark kept, under its collection's
 * size limits (src/lib/content-paths.ts). Never throws.
 */
export function readEntryText(raw: string, limits: EntryLimits = LARGEST_ENTRY_LIMITS): EntryText {
  if (raw.length > limits.frontmatter + limits.body) return tooLong(raw.length, limits, "tegn");
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
  const fieldsLength = text.length - body.length;
  if (fieldsLength > limits.frontmatter) {
    return {
      ...failed(
        2,
        FRONTMATTER,
        `Felterne (mellem linjerne med ---) fylder ${amount(fieldsLength)} tegn; højst ${amount(limits.frontmatter)} er tilladt. Forkort teksterne i felterne, eller flyt lange beskrivelser ned i brødteksten.`,
      ),
      body,
      bodyLine,
    };
  }
  if (body.length > limits.body) {
    return {
      ...failed(
        bodyLine,
        "brødtekst",
        `Brødteksten fylder ${amount(body.length)} tegn; højst ${amount(limits.body)} er tilladt. Forkort teksten, eller del den op.`,
      ),
      body,
      bodyLine,
    };
  }
  // Checked here, before any compiler sees the body: deep brackets can crash a parser outright.
  const brackets = bracketDepthIssue(body, bodyLine);
  if (brackets) return { ...failed(brackets.line, "brødtekst", brackets.message), body, bodyLine };
  const limit = nestingProblem(yamlLines);
  if (limit) return { ...failed(limit.line + 1, FRONTMATTER, limit.message), body, bodyLine };

  try {
    return readYaml(yamlText, body, bodyLine);
  } catch {
    // The limits above keep the parser far from its own; this is the last line of defence.
    return {
      ...failed(
        2,
        FRONTMATTER,
        "Felterne kan ikke læses: de er for store eller for dybt indlejrede. Skriv dem kortere og fladere, som i skabelonen i CONTRIBUTING.md.",
      ),
      body,
      bodyLine,
    };
  }
}

/** The YAML fields: parsed, judged and turned into data, with the line of every value. */
function readYaml(yamlText: string, body: string, bodyLine: number): EntryText {
  const { doc, toLine, lineOf } = parseYaml(yamlText);
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
      if (problems.length > MAX_READER_PROBLEMS) return visit.BREAK;
      if (isSeq(node) && node.items.length > MAX_LIST_ITEMS) {
        problems.push({
          line: toLine(at),
          field: fieldOf(ancestors, node),
          message: `Listen har ${amount(node.items.length)} punkter; højst ${MAX_LIST_ITEMS} er tilladt. Slet de punkter, der ikke hører til.`,
        });
        return visit.SKIP;
      }
      if (isMap(node) && node.items.length > MAX_MAP_KEYS) {
        problems.push({
          line: toLine(at),
          field: fieldOf(ancestors, node),
          message: `Her står ${amount(node.items.length)} felter; højst ${MAX_MAP_KEYS} er tilladt. Slet de felter, der ikke hører til (se skabelonen i CONTRIBUTING.md).`,
        });
        return visit.SKIP;
      }
      const form = isScalar(node) && node.type === "PLAIN" ? numberFormProblem(node.source ?? "") : undefined;
      if (form) {
        problems.push({ line: toLine(at), field: fieldOf(ancestors, node), message: form });
        return undefined;
      }
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
    return { data: undefined, body, bodyLine, lineOf: () => undefined, problems: capped(dedupe(problems)) };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  // The character rules again on every decoded string: "\u202E" in quotes is the character itself.
  for (const problem of valueProblems(data, MAX_READER_PROBLEMS + 1)) {
    problems.push({
      line: lineOf(problem.path) ?? 2,
      field: showHidden(problem.path.join(".")) || FRONTMATTER,
      message: problem.message,
    });
  }
  if (problems.length > 0) return { data: undefined, body, bodyLine, lineOf, problems: capped(problems) };
  // A readable file keeps only its YAML text for lineOf, not the parsed document: the line of a field is
  // asked for only when a schema rule fails, and a build holds thousands of readings (see reading-cache.ts).
  return { data, body, bodyLine, lineOf: lazyLineOf(yamlText), problems };
}

/** The YAML text parsed as the reader parses it, with the line of an offset and of a field path. */
function parseYaml(yamlText: string) {
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
  return { doc, toLine, lineOf };
}

/** lineOf that parses the YAML again on its first call (the same parse, so the same lines). */
function lazyLineOf(yamlText: string): EntryText["lineOf"] {
  let lineOf: EntryText["lineOf"] | undefined;
  return (path) => (lineOf ??= parseYaml(yamlText).lineOf)(path);
}

/** The dotted field name of a node, such as targetGroup.age.min, from the nodes above it. */
function fieldOf(ancestors: readonly unknown[], node: unknown): string {
  const parts: string[] = [];
  const chain = [...ancestors, node];
  chain.forEach((item, index) => {
    if (isPair(item) && isScalar(item.key)) parts.push(String(item.key.value));
    else if (isSeq(item) && chain[index + 1]) {
      const position = item.items.indexOf(chain[index + 1] as never);
      if (position >= 0) parts.push(String(position));
    }
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
        message: `Linjen er indrykket ${indent.length} mellemrum; højst ${MAX_YAML_INDENT} er tilladt. Felterne er for dybt indlejret; skriv dem fladere.`,
      };
    }
    // `- - - a`, `? ? a` and `a: - - b` nest one level per marker on a single line, as
    // indentation does; so does each field name before the first value.
    const prefix = /^(?:[ \t]*(?:[-?:]|[A-Za-z0-9_.$-]+:)(?=[ \t]|$))*/.exec(line)![0];
    if (prefix.length > MAX_YAML_PREFIX) {
      return {
        line: index + 1,
        message: `Linjen begynder med ${prefix.length} tegns indrykning, feltnavne og listetegn (- , ? eller : ), før den første værdi; højst ${MAX_YAML_PREFIX} er tilladt. Lister og felter er for dybt indlejret; skriv dem fladere, med ét felt eller ét listepunkt pr. linje.`,
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

/**
 * The YAML parser's error in Danish, with what to do; every error code the parser has gets its own
 * sentence. The parser's English first line follows in parentheses, for whoever helps the editor.
 */
function yamlMessage(code: string, message: string): string {
  const first = message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  const quote = 'Skriv teksten i anførselstegn, fx title: "Tekst: med kolon".';
  const danish: Record<string, string> = {
    ALIAS_PROPS: "En henvisning (*navn) må ikke have mærke eller anker. Skriv værdien ud.",
    BAD_ALIAS:
      "YAML-ankre og -henvisninger (*navn) er ikke tilladt. Skriv værdien ud hvert sted, den bruges.",
    BAD_DIRECTIVE:
      "Linjer, der begynder med %, er ikke tilladt i felterne. Slet linjen, eller sæt anførselstegn om teksten.",
    BAD_DQ_ESCAPE:
      'En \\ i tekst i dobbelte anførselstegn skal efterfølges af et gyldigt tegn (fx \\n eller \\"). Skriv \\\\ for selve tegnet, eller brug enkelte anførselstegn.',
    BAD_INDENT: "Indrykningen passer ikke. Felter, der hører under et andet, indrykkes med to mellemrum.",
    BAD_PROP_ORDER: "Mærker og ankre (! og &) er ikke tilladt i felterne. Slet dem.",
    BAD_SCALAR_START: `Værdien begynder med et tegn, der har en særlig betydning i YAML (fx @, \` eller %). ${quote}`,
    BLOCK_AS_IMPLICIT_KEY:
      "En liste eller et sæt felter står, hvor der skulle stå et feltnavn. Sæt feltnavn: foran, og ryk værdien ind under det.",
    BLOCK_IN_FLOW:
      "Inde i [ ] eller { } må værdierne ikke stå på egne linjer med - eller indrykning. Skriv dem adskilt af komma, eller skriv listen med - på hver linje uden [ ].",
    DUPLICATE_KEY: "Det samme felt står to gange. Slet det ene.",
    IMPOSSIBLE: "Felterne kan ikke læses. Sammenlign med skabelonen i CONTRIBUTING.md.",
    KEY_OVER_1024_CHARS:
      "Et feltnavn er over 1024 tegn langt; der mangler nok et : eller et linjeskift. Ret linjen.",
    MISSING_CHAR: "Der mangler et tegn, fx en afsluttende ] eller } eller et anførselstegn.",
    MULTILINE_IMPLICIT_KEY: `Et feltnavn fortsætter over flere linjer; der mangler nok et : eller et anførselstegn. ${quote}`,
    MULTIPLE_ANCHORS: "YAML-ankre (&navn) er ikke tilladt i felterne. Slet dem.",
    MULTIPLE_DOCS: "Der står --- midt i felterne. Felterne skal stå mellem præcis to linjer med ---.",
    MULTIPLE_TAGS: "YAML-mærker (!navn) er ikke tilladt i felterne. Slet dem.",
    NON_STRING_KEY: "Et feltnavn skal være almindelig tekst, fx title: eller age:.",
    RESOURCE_EXHAUSTION:
      "Felterne er for store eller for dybt indlejrede til at blive læst. Skriv dem kortere og fladere.",
    TAB_AS_INDENT: "Felterne må ikke indrykkes med tabulator. Brug to mellemrum pr. niveau.",
    TAG_RESOLVE_FAILED: "YAML-mærker (!navn) er ikke tilladt i felterne. Skriv værdien uden mærke.",
    UNEXPECTED_TOKEN: `Der står et tegn, YAML ikke venter her (fx et : eller # midt i en værdi, eller en værdi efter ] eller }). ${quote}`,
    BAD_COLLECTION_TYPE:
      "En liste og et sæt felter er blandet sammen. Skriv enten - foran hvert punkt eller feltnavn: værdi på hver linje.",
  };
  return `YAML-fejl: ${danish[code] ?? "Felterne kan ikke læses som YAML. Sammenlign med skabelonen i CONTRIBUTING.md."} (${first})`;
}

/** At most MAX_READER_PROBLEMS problems; a last line says that there are more. */
function capped(problems: TextProblem[]): TextProblem[] {
  if (problems.length <= MAX_READER_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_READER_PROBLEMS),
    {
      line: problems[MAX_READER_PROBLEMS]!.line,
      field: FRONTMATTER,
      message:
        "… og flere problemer i felterne, som ikke er vist. Ret dem ovenfor, og kør npm run check igen.",
    },
  ];
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
