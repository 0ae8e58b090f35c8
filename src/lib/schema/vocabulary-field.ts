import { z } from "astro/zod";
import { closestMatch } from "./suggest.ts";

type Labelled = Readonly<Record<string, object>>;

/** The human name of a vocabulary entry: its label (tags, phases) or name (places), if it has one. */
function labelOf(entry: object | undefined): string | undefined {
  if (entry && "label" in entry && typeof entry.label === "string") return entry.label;
  if (entry && "name" in entry && typeof entry.name === "string") return entry.name;
  return undefined;
}

/** Vocabularies with more values than this are not listed in a message; it points to the list instead. */
export const LISTED_VALUES = 30;

/** "Tilladte værdier: a, b, c." for a short vocabulary; where to find the values of a long one. */
export function allowedValuesText(values: readonly string[]): string {
  return values.length > LISTED_VALUES
    ? `Se alle ${values.length} tilladte værdier under »Ordforråd« i CONTRIBUTING.md.`
    : `Tilladte værdier: ${values.join(", ")}.`;
}

/** The value as the editor wrote it, shortened, with hidden characters shown. */
function shownValue(input: unknown): string {
  const text = typeof input === "string" ? input : (JSON.stringify(input) ?? String(input));
  const short = text.length > 60 ? `${text.slice(0, 59)}…` : text;
  return typeof input === "string" ? JSON.stringify(short) : short;
}

/** Danish message for a value outside a controlled vocabulary, with a suggestion when one is close. */
export function unknownValueMessage(input: unknown, entries: Labelled, what: string): string {
  const values = Object.keys(entries);
  const shown = shownValue(input);
  const options = values.map((value) => ({ value, label: labelOf(entries[value]) }));
  const suggestion = typeof input === "string" ? closestMatch(input, options) : undefined;
  const hint = suggestion ? ` Mente du: "${suggestion}"?` : "";
  return `${shown} er ikke en gyldig ${what}. ${allowedValuesText(values)}${hint}`;
}

/** A z.enum over a vocabulary's keys whose error names the bad value, the allowed values and the closest match. */
export function vocabularyField<const K extends string>(entries: Readonly<Record<K, object>>, what: string) {
  const values = Object.keys(entries) as [K, ...K[]];
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `Mangler ${what}; feltet er påkrævet. ${allowedValuesText(values)}`
        : unknownValueMessage(issue.input, entries, what),
  });
}

/** Message for misspelt or unknown field names, suggesting the nearest known field. */
export function unknownKeysMessage(keys: readonly string[], known: readonly string[]): string {
  const shownKeys = keys.slice(0, 5).map((key) => (key.length > 60 ? `${key.slice(0, 59)}…` : key));
  const more =
    keys.length > shownKeys.length
      ? ` og ${(keys.length - shownKeys.length).toLocaleString("da-DK")} flere`
      : "";
  const parts = shownKeys.map((key) => {
    const suggestion = closestMatch(
      key,
      known.map((value) => ({ value })),
    );
    return suggestion ? `"${key}" (mente du "${suggestion}"?)` : `"${key}"`;
  });
  return `Ukendt felt: ${parts.join(", ")}${more}. Tilladte felter her: ${known.join(", ")}.`;
}
