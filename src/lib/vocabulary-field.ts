import { z } from "astro/zod";
import { closestMatch } from "./suggest.ts";

type Labelled = Readonly<Record<string, { readonly label?: string; readonly name?: string }>>;

/** Danish message for a value outside a controlled vocabulary, with a suggestion when one is close. */
export function unknownValueMessage(input: unknown, entries: Labelled, what: string): string {
  const values = Object.keys(entries);
  const shown = typeof input === "string" ? `"${input}"` : JSON.stringify(input);
  const allowed = values.join(", ");
  const options = values.map((value) => ({ value, label: entries[value]?.label ?? entries[value]?.name }));
  const suggestion = typeof input === "string" ? closestMatch(input, options) : undefined;
  const hint = suggestion ? ` Mente du: "${suggestion}"?` : "";
  return `${shown} er ikke en gyldig ${what}. Tilladte værdier: ${allowed}.${hint}`;
}

/** A z.enum over a vocabulary's keys whose error names the bad value, the allowed values and the closest match. */
export function vocabularyField<const K extends string>(entries: Readonly<Record<K, { readonly label?: string; readonly name?: string }>>, what: string) {
  const values = Object.keys(entries) as [K, ...K[]];
  return z.enum(values, {
    error: (issue) => unknownValueMessage(issue.input, entries, what),
  });
}

/** Message for misspelt or unknown field names, suggesting the nearest known field. */
export function unknownKeysMessage(keys: readonly string[], known: readonly string[]): string {
  const parts = keys.map((key) => {
    const suggestion = closestMatch(key, known.map((value) => ({ value })));
    return suggestion ? `"${key}" (mente du "${suggestion}"?)` : `"${key}"`;
  });
  return `Ukendt felt: ${parts.join(", ")}. Tilladte felter her: ${known.join(", ")}.`;
}
