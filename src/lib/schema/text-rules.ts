/**
 * Rules for text editors write: the same character in one form (NFC), no text made of invisible
 * characters only, and no characters that reorder or hide text (bidi overrides and isolates, control
 * characters), which could make a title or a line of code read differently from what it is.
 */
import { z } from "astro/zod";

/** Bidi embedding, override and isolate controls, and the marks that steer them. */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** Control characters other than tab, line feed and carriage return. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
/** Noncharacters (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF) and lone surrogates: never text. */
export const NONCHARACTERS =
  /[\uFDD0-\uFDEF\uFFFE\uFFFF\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{10FFFE}\u{10FFFF}\uD800-\uDFFF\u2028\u2029]/u;
/**
 * Invisible characters that carry hidden text or pass for something else: tag characters
 * (U+E0000–U+E007F, which can spell out a hidden message) and the byte-order mark anywhere but at the
 * very start of a file (the reader drops that one; a second is a zero-width no-break space).
 */
export const HIDDEN_CHARACTERS = /[\u{E0000}-\u{E007F}\uFEFF]/u;
/** The character classes the reader refuses in any value (firstForbidden), one character each. */
export const READER_FORBIDDEN: readonly RegExp[] = [
  BIDI_CONTROLS,
  CONTROL_CHARACTERS,
  NONCHARACTERS,
  HIDDEN_CHARACTERS,
];

/** Whether the reader refuses this character in any value (firstForbidden). */
export function readerForbids(char: string): boolean {
  return READER_FORBIDDEN.some((pattern) => pattern.test(char));
}

/** Every code point but the surrogates, in order, built on first use (about 2 MB as UTF-16). */
let everyCodePoint: string | undefined;
function allCodePoints(): string {
  if (everyCodePoint === undefined) {
    // UTF-16LE bytes, written byte by byte so the platform's byte order does not matter.
    const bytes = new Uint8Array(2 * (0x10000 - 0x800 + 2 * 0x100000));
    let at = 0;
    const unit = (value: number) => {
      bytes[at++] = value & 0xff;
      bytes[at++] = value >> 8;
    };
    for (let code = 0; code <= 0xffff; code++) if (code < 0xd800 || code > 0xdfff) unit(code);
    for (let high = 0xd800; high <= 0xdbff; high++) {
      for (let low = 0xdc00; low <= 0xdfff; low++) {
        unit(high);
        unit(low);
      }
    }
    everyCodePoint = new TextDecoder("utf-16le").decode(bytes);
  }
  return everyCodePoint;
}

/**
 * The characters any of `classes` matches, as one alternative for a RegExp without the u flag (as Decap
 * tests a form field's `pattern` in /admin/): a class of BMP ranges, and characters above U+FFFF as their
 * surrogate pairs. Lone surrogates are left out (a browser's text field does not produce them).
 *
 * Each class is a u-flag RegExp that matches one character at a time. They are run as one global RegExp
 * over every code point at once: testing the 1.1 million code points one by one took 0.5 s per call,
 * and the editor's configuration asks for three of these in every build.
 */
export function characterAlternation(classes: readonly RegExp[]): string {
  for (const pattern of classes) {
    if (pattern.flags.replace(/[gy]/g, "") !== "u") {
      throw new Error(
        `characterAlternation needs u-flag classes only, not /${pattern.source}/${pattern.flags}`,
      );
    }
  }
  const hex = (code: number) => `\\u${code.toString(16).padStart(4, "0")}`;
  const ranges = (codes: number[]) => {
    const parts: string[] = [];
    for (let i = 0; i < codes.length;) {
      let j = i;
      while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
      parts.push(j === i ? hex(codes[i]!) : `${hex(codes[i]!)}-${hex(codes[j]!)}`);
      i = j + 1;
    }
    return parts.join("");
  };
  const bmp: number[] = [];
  const astral = new Map<number, number[]>();
  const any = new RegExp(classes.map((pattern) => `(?:${pattern.source})`).join("|"), "gu");
  for (const [char] of allCodePoints().matchAll(any)) {
    const code = char.codePointAt(0)!;
    if (char.length !== String.fromCodePoint(code).length) {
      throw new Error(`characterAlternation: /${any.source}/ matched more than one character`);
    }
    if (code <= 0xffff) bmp.push(code);
    else {
      const high = 0xd800 + ((code - 0x10000) >> 10);
      const low = 0xdc00 + ((code - 0x10000) & 0x3ff);
      astral.set(high, [...(astral.get(high) ?? []), low]);
    }
  }
  const alternatives = bmp.length > 0 ? [`[${ranges(bmp)}]`] : [];
  for (const [high, lows] of astral) alternatives.push(`${hex(high)}[${ranges(lows)}]`);
  return alternatives.join("|");
}

/**
 * Characters that draw nothing although no Unicode property says so: the Braille blank and the
 * Hangul fillers. A text made of these and spaces only looks empty.
 */
const BLANKS = "\u2800\u115F\u1160\u3164\uFFA0";
const INVISIBLE = new RegExp(
  `[\\p{White_Space}\\p{Default_Ignorable_Code_Point}\\p{Cc}\\p{Cf}\\p{Mn}\\p{Me}${BLANKS}]`,
  "gu",
);
/** What showHidden writes as \\uXXXX: everything invisible, blank or not text, except the plain space. */
const SHOWN_HIDDEN = new RegExp(
  `(?! )[\\p{White_Space}\\p{Default_Ignorable_Code_Point}\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}${BLANKS}]`,
  "gu",
);

/** The first forbidden character in `text`: bidi controls, control characters, noncharacters, hidden characters. */
function firstForbidden(text: string): RegExpExecArray | null {
  return (
    BIDI_CONTROLS.exec(text) ??
    CONTROL_CHARACTERS.exec(text) ??
    NONCHARACTERS.exec(text) ??
    HIDDEN_CHARACTERS.exec(text)
  );
}

/**
 * Danish description of a forbidden character in `text`, with its line (1-based) and the part of
 * the line around it (hidden characters shown as \\uXXXX), or undefined.
 */
export function forbiddenCharacter(text: string): { line: number; message: string } | undefined {
  const lone = LONE_CR.exec(text);
  const other = firstForbidden(text);
  if (lone && (!other || lone.index < other.index)) return loneCarriageReturn(text, lone.index);
  const match = other;
  if (!match) return undefined;
  const before = text.slice(0, match.index);
  const line = before.split("\n").length;
  const start = before.lastIndexOf("\n") + 1;
  const end = text.indexOf("\n", match.index);
  const row = text.slice(Math.max(start, match.index - 40), end < 0 ? undefined : end).replace(/\r$/, "");
  return {
    line,
    message: `Linjen indeholder ${characterDescription(match[0])} Her: ${quoted(row, 60)}.`,
  };
}

/** A carriage return not followed by a line feed: a line ending from old Mac files. */
const LONE_CR = /\r(?!\n)/;

/**
 * A lone carriage return as a line ending to fix. Before the first one, every line ends in LF or
 * CRLF, so its line number is the same in every editor and in the check's other messages.
 */
function loneCarriageReturn(text: string, index: number): { line: number; message: string } {
  const before = text.slice(0, index);
  const line = before.split("\n").length;
  const start = before.lastIndexOf("\n") + 1;
  const row = text.slice(Math.max(start, index - 40), index);
  return {
    line,
    message: `Linjen slutter med et enligt CR-tegn (U+000D, et linjeskift fra gamle Mac-filer) uden LF efter sig, så programmer læser linjerne forskelligt. Gem filen med almindelige linjeskift (LF eller CRLF); i de fleste editorer vælger du det nederst i vinduet (fx »LF« i VS Code). Linjen: ${quoted(row, 60)}.`,
  };
}

function characterDescription(char: string): string {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  const kind = BIDI_CONTROLS.test(char)
    ? "et usynligt tegn, der vender eller skjuler tekstens retning (bidi-styretegn)"
    : CONTROL_CHARACTERS.test(char)
      ? "et usynligt styretegn"
      : char === BOM
        ? "et usynligt byte-order mark (BOM)"
        : HIDDEN_CHARACTERS.test(char)
          ? "et usynligt mærketegn (tag-tegn), som kan gemme skjult tekst"
          : "et tegn, der ikke er tekst (ikke-tegn, enlig surrogat eller linjeskift-tegn)";
  const where = char === BOM ? " Et byte-order mark må kun stå som allerførste tegn i filen." : "";
  return `${kind}, ${code}. Det er ikke tilladt, fordi teksten så kan se anderledes ud, end den er.${where} Slet tegnet (det er ofte kommet med ved kopiering).`;
}

/**
 * The text with every invisible, blank or non-text character written as \\uXXXX (\\u{XXXXX} above
 * U+FFFF), safe to show in a message: "\\uFEFF---" instead of what looks like "---".
 */
export function showHidden(text: string): string {
  return text.replace(SHOWN_HIDDEN, (char) => {
    const code = char.codePointAt(0)!.toString(16).toUpperCase();
    return code.length > 4 ? `\\u{${code}}` : `\\u${code.padStart(4, "0")}`;
  });
}

/** The text in double quotes, as JSON writes it, with hidden characters shown: for messages. */
export function quoted(text: string, max = 80): string {
  const chars = [...text];
  const short = chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text;
  return showHidden(JSON.stringify(short));
}

/** A problem in one parsed string value (or key), at its path in the data. */
export type ValueProblem = { path: PropertyKey[]; message: string };

/**
 * Field names that programs treat specially: in JavaScript `__proto__` sets an object's prototype
 * and is dropped or ignored by parsers and schema checks, so such a field would vanish in silence.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** How deep parsed data may nest (the intervention schema needs 5, links.toml 2). */
export const MAX_DATA_DEPTH = 12;

type PathNode = { key: PropertyKey; parent: PathNode | undefined } | undefined;

/** The path from the root, built only when a problem is reported, so the walk stays linear. */
function pathOf(node: PathNode): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let at = node; at; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * The character rules applied to every string a parser produced (keys and values, nested, list
 * items), so an escape such as "\u202E" in YAML or TOML cannot bring in what the raw-text rule
 * forbids. Also: no text made of invisible characters only, no empty text in a list, no field named
 * __proto__, constructor or prototype, and no nesting deeper than MAX_DATA_DEPTH (a dotted TOML key
 * such as a.a.a… nests one level per dot). Linear in the size of the data; at most `maxProblems`.
 */
export function valueProblems(data: unknown, maxProblems = Infinity): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const stack: { value: unknown; at: PathNode; depth: number; inList: boolean }[] = [
    { value: data, at: undefined, depth: 0, inList: false },
  ];
  while (stack.length > 0 && problems.length < maxProblems) {
    const { value, at, depth, inList } = stack.pop()!;
    if (typeof value === "string") {
      const problem = stringProblem(value, inList);
      if (problem) problems.push({ path: pathOf(at), message: problem });
      continue;
    }
    if (!value || typeof value !== "object" || value instanceof Date) continue;
    if (depth >= MAX_DATA_DEPTH) {
      problems.push({
        path: pathOf(at),
        message: `Værdien er indlejret mere end ${MAX_DATA_DEPTH} niveauer (lister og felter inde i hinanden, eller et feltnavn med mange punktummer som a.b.c). Skriv den fladere.`,
      });
      continue;
    }
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) {
        stack.push({ value: value[index], at: { key: index, parent: at }, depth: depth + 1, inList: true });
      }
      continue;
    }
    const entries = Object.entries(value);
    for (let index = entries.length - 1; index >= 0; index--) {
      const [key, item] = entries[index]!;
      const child = { key, parent: at };
      if (RESERVED_KEYS.has(key)) {
        problems.push({
          path: pathOf(child),
          message: `Feltnavnet "${key}" er ikke tilladt: __proto__, constructor og prototype bruges af programmer til noget særligt, så feltet ville forsvinde i stilhed eller ændre andre felter. Slet feltet, eller ret navnet.`,
        });
        continue;
      }
      const problem = stringProblem(key, false, true);
      if (problem) problems.push({ path: pathOf(child), message: problem.replace(/^Værdien/, "Feltnavnet") });
      stack.push({ value: item, at: child, depth: depth + 1, inList: false });
    }
  }
  return problems.slice(0, maxProblems);
}

function stringProblem(value: string, inList: boolean, key = false): string | undefined {
  const bad = firstForbidden(value);
  const shown = `"${showHidden(value.length > 40 ? `${value.slice(0, 39)}…` : value)}"`;
  if (bad) {
    // Tabs and line breaks are fine inside a value (folded text), never in a field name.
    return `Værdien ${shown} indeholder ${characterDescription(bad[0])}`;
  }
  if (key && value === "") return 'Feltnavnet "" er tomt. Skriv et felt som navn: værdi.';
  if (key && /[\t\r\n]/.test(value)) return "Feltnavne må ikke indeholde tabulator eller linjeskift.";
  if (value === "") {
    return inList
      ? 'Listen indeholder en tom tekst (""). Slet punktet, eller skriv en synlig tekst.'
      : undefined;
  }
  if (!hasVisibleText(value)) {
    return `Værdien ${shown} består kun af usynlige tegn eller mellemrum. Skriv en synlig tekst, eller slet feltet.`;
  }
  return undefined;
}

/** Whether the text has at least one visible character. */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, "") !== "";
}

/** Required text: NFC-normalised, trimmed, at least `min` characters and something visible. */
/** `whenMissing` tells an editor what to write when the field is left out. */
export function safeText(what: string, min = 1, whenMissing = "") {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `Mangler ${what}.${whenMissing && ` ${whenMissing}`}`
          : `${what} skal være tekst.`,
    })
    .normalize("NFC")
    .trim()
    .min(min, { error: `${what} skal være mindst ${min} tegn.` })
    .refine(hasVisibleText, {
      error: `${what} består kun af usynlige tegn eller mellemrum. Skriv en synlig tekst.`,
    });
}

/** The byte-order mark some editors write first; the readers drop exactly one. */
export const BOM = "\uFEFF";

// ignoreBOM: decoding keeps every byte-order mark, so the one reader that drops the first sees the
// same text whether the bytes came from disk or from Vite (which reads files the same way).
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The bytes as UTF-8 text, or the 1-based line of the first byte sequence that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badLine: number } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    // A line feed byte never occurs inside a multi-byte character, so each line decodes on its own.
    let start = 0;
    for (let line = 1; ; line++) {
      const end = bytes.indexOf(0x0a, start);
      const slice = bytes.subarray(start, end < 0 ? bytes.length : end);
      try {
        utf8.decode(slice);
      } catch {
        return { badLine: line };
      }
      if (end < 0) return { badLine: line };
      start = end + 1;
    }
  }
}
