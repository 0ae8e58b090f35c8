/**
 * Two entries of one collection may not share a title: they would look like one entry in lists and
 * search. Titles are compared by their slug (src/lib/slug.ts), which normalises to NFC first, so
 * "å" typed as a + U+030A is the same title as "å". Used by `npm run check` and the build's loader.
 */
import type { EntryFile, Problem } from "./content-files.ts";
import type { EntryCollectionName } from "./content-paths.ts";
import { titleKey } from "./slug.ts";
import { quoted } from "./text-rules.ts";

/** Collections whose titles must differ, and what an editor should do about a clash. */
export const UNIQUE_TITLES: Partial<Record<EntryCollectionName, string>> = {
  interventions: "giv indsatsen et navn, der skiller sig ud, fx med kommunens navn",
  governance: "giv eksemplet et navn, der skiller sig ud",
};

/** One problem for every file whose title an earlier file (in the given order) already uses. */
export function duplicateTitleProblems(
  collection: EntryCollectionName,
  files: readonly EntryFile[],
): Problem[] {
  const advice = UNIQUE_TITLES[collection];
  if (!advice) return [];
  const seen = new Map<string, EntryFile>();
  const problems: Problem[] = [];
  for (const file of files) {
    const title = (file.data as { title?: unknown } | undefined)?.title;
    if (typeof title !== "string") continue;
    const key = titleKey(title);
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, file);
      continue;
    }
    problems.push({
      path: file.path,
      line: file.lineOf(["title"]),
      field: "title",
      message: `${quoted(title)} bruges allerede af ${earlier.path}. Ret den fil i stedet, eller ${advice}.`,
    });
  }
  return problems;
}
