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
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Mn}\p{Me}]/gu;

/** Danish description of a forbidden character in `text`, with its line (1-based), or undefined. */
export function forbiddenCharacter(text: string): { line: number; message: string } | undefined {
  const match = BIDI_CONTROLS.exec(text) ?? CONTROL_CHARACTERS.exec(text);
  if (!match) return undefined;
  const line = text.slice(0, match.index).split("\n").length;
  const code = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  const kind = BIDI_CONTROLS.test(match[0])
    ? "et usynligt tegn, der vender eller skjuler tekstens retning (bidi-styretegn)"
    : "et usynligt styretegn";
  return {
    line,
    message: `Linjen indeholder ${kind}, ${code}. Det er ikke tilladt, fordi teksten så kan se anderledes ud, end den er. Slet tegnet (det er ofte kommet med ved kopiering).`,
  };
}

/** Whether the text has at least one visible character. */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, "") !== "";
}

/** Required text: NFC-normalised, trimmed, at least `min` characters and something visible. */
export function safeText(what: string, min = 1) {
  return z
    .string({
      error: (issue) => (issue.input === undefined ? `Mangler ${what}.` : `${what} skal være tekst.`),
    })
    .normalize("NFC")
    .trim()
    .min(min, { error: `${what} skal være mindst ${min} tegn.` })
    .refine(hasVisibleText, {
      error: `${what} består kun af usynlige tegn eller mellemrum. Skriv en synlig tekst.`,
    });
}
