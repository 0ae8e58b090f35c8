import { z } from "astro/zod";
import { closestMatch } from "./suggest.ts";

type Labelled = Readonly<Record<string, object>>;

/** The human name of a vocabulary entry: its label (tags, phases) or name (places), if it has one. */
function labelOf(entry: object | undefined): string | undefined {
  if (entry && "label" in entry && typeof entry.label === "string") return entry.label;
  if (entry && "name" in entry && typeof entry.name === "string") return entry.name;
  return undefined;
}

/** Danish message for a value outside a controlled vocabulary, with a suggestion when one is close. */
export function unknownValueMessage(input: unknown, entries: Labelled, what: string): string {
  const values = Object.keys(entries);
  const shown = typeof input === "string" ? `"${input}"` : JSON.stringify(input);
  const allowed = values.join(", ");
  const options = values.map((value) => ({ value, label: labelOf(entries[value]) }));
  const suggestion = typeof input === "string" ? closestMatch(input, options) : undefined;
  const hint = suggestion ? ` Mente du: "${suggestion}"?` : "";
  return `${shown} er ikke en gyldig ${what}. Tilladte værdier: ${allowed}.${hint}`;
}

/** A z.enum over a vocabulary's keys whose error names the bad value, the allowed values and the closest match. */
export function vocabularyField<const K extends string>(entries: Readonly<Record<K, object>>, what: string) {
  const values = Object.keys(entries) as [K, ...K[]];
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `Mangler ${what}; feltet er påkrævet. Tilladte værdier: ${values.join(", ")}.`
        : unknownValueMessage(issue.input, entries, what),
  });
}

/** Message for misspelt or unknown field names, suggesting the nearest known field. */
export function unknownKeysMessage(keys: readonly string[], known: readonly string[]): string {
  const parts = keys.map((key) => {
    const suggestion = closestMatch(
      key,
      known.map((value) => ({ value })),
    );
    return suggestion ? `"${key}" (mente du "${suggestion}"?)` : `"${key}"`;
  });
  return `Ukendt felt: ${parts.join(", ")}. Tilladte felter her: ${known.join(", ")}.`;
}
