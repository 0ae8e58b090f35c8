/**
 * Unicode security mechanisms from UTS #39, on data we do not maintain by hand:
 *
 * - skeleton(): the confusable skeleton (UTS #39 §4), with the prototypes of Unicode's
 *   confusables.txt from the `unhomoglyph` package: two texts with one skeleton look alike;
 * - lookAlikeKeys(): the keys two titles are compared by, after NFKC and case folding;
 * - scriptsOf(): the resolved script set of a text (UTS #39 §5.1) from the regular-expression
 *   engine's own Script_Extensions data; the script names come from `unicode-match-property-value-ecmascript`.
 */
import unhomoglyph from "unhomoglyph";
import propertyValues from "unicode-match-property-value-ecmascript/data/mappings.js";

const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * The UTS #39 skeleton: drop default-ignorable code points (zero-width characters, word joiners …),
 * NFD, each character to its confusable prototype, NFD again. Not for display: only for comparing.
 */
export function skeleton(text: string): string {
  return unhomoglyph(text.replace(DEFAULT_IGNORABLE, "").normalize("NFD")).normalize("NFD");
}

/** Full case folding as far as JavaScript has it: upper then lower case folds ß to ss and ſ to s. */
export function caseFold(text: string): string {
  return text.toUpperCase().toLowerCase();
}

/** Runs of anything but letters, marks and digits (spaces, dashes, punctuation) count as one separator. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * The keys a title is compared by: NFKC, case folding and the confusable skeleton, with spacing and
 * punctuation collapsed. Two keys, because the skeleton maps some capitals (Cyrillic Н → H) but not
 * their small letters, and some small letters (I → l) differently from their capitals: texts that
 * share either key look alike.
 */
export function lookAlikeKeys(text: string): [string, string] {
  const nfkc = text.normalize("NFKC");
  const tidy = (value: string) => caseFold(value.normalize("NFKC")).replace(SEPARATORS, " ").trim();
  return [tidy(skeleton(caseFold(nfkc))), tidy(caseFold(skeleton(nfkc)))];
}

/** Every script name the regular-expression engine knows, compiled on first use (only non-ASCII text needs them). */
let scripts: readonly { name: string; pattern: RegExp }[] | undefined;

function allScripts(): readonly { name: string; pattern: RegExp }[] {
  scripts ??= [...new Set(propertyValues.get("Script_Extensions")?.values() ?? [])]
    .filter((name) => name !== "Common" && name !== "Inherited" && name !== "Unknown")
    .flatMap((name) => {
      try {
        return [{ name, pattern: new RegExp(`^\\p{Script_Extensions=${name}}$`, "u") }];
      } catch {
        // A script newer than this JavaScript engine: it cannot occur in text the engine can classify.
        return [];
      }
    });
  return scripts;
}

const COMMON_OR_INHERITED = /^[\p{Script_Extensions=Common}\p{Script_Extensions=Inherited}]$/u;

/**
 * UTS #39 §5.1 augmented script sets: Han text is also Japanese, Korean and Han-with-Bopomofo, so
 * kanji with kana, or hanja with hangul, is one script.
 */
const AUGMENTED: Readonly<Record<string, readonly string[]>> = {
  Han: ["Han_with_Bopomofo", "Japanese", "Korean"],
  Hiragana: ["Japanese"],
  Katakana: ["Japanese"],
  Hangul: ["Korean"],
  Bopomofo: ["Han_with_Bopomofo"],
};

function scriptsOfChar(char: string): Set<string> | undefined {
  if (COMMON_OR_INHERITED.test(char)) return undefined;
  const found = new Set<string>();
  for (const { name, pattern } of allScripts()) {
    if (!pattern.test(char)) continue;
    found.add(name);
    for (const extra of AUGMENTED[name] ?? []) found.add(extra);
  }
  return found;
}

/**
 * The resolved script set of a text: the scripts every one of its characters belongs to (Common and
 * Inherited characters such as digits, hyphens and accents belong to all). Empty when the text mixes
 * scripts; undefined when it has no script-specific character at all.
 */
export function scriptsOf(text: string): Set<string> | undefined {
  let resolved: Set<string> | undefined;
  for (const char of text.normalize("NFD")) {
    const scripts = scriptsOfChar(char);
    if (!scripts) continue;
    resolved = resolved ? new Set([...resolved].filter((name) => scripts.has(name))) : scripts;
    if (resolved.size === 0) return resolved;
  }
  return resolved;
}
