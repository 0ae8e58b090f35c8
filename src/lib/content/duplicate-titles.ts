/**
 * Two entries of one collection may not share a title: they would look like one entry in lists and
 * search. Titles count as the same when they have the same slug (src/lib/content/slug.ts, so "å" typed as
 * a + U+030A is "å"; a title with no slug, such as 中文, by itself), or when they look alike: the same UTS #39 confusable skeleton after NFKC and
 * case folding (src/lib/schema/unicode-security.ts), so Cyrillic letters in a Latin word, a word joiner or
 * a zero-width space inside a word, full-width letters or "rn" for "m" do not make a new title.
 * File names (ids) that look alike count too. Used by `npm run check` and the build's loader.
 */
import type { EntryFile, Problem } from "./content-files.ts";
import type { EntryCollectionName } from "./content-paths.ts";
import { titleKey } from "./slug.ts";
import { quoted } from "../schema/text-rules.ts";
import { lookAlikeKeys } from "../schema/unicode-security.ts";

/** Collections whose titles must differ, and what an editor should do about a clash. */
export const UNIQUE_TITLES: Partial<Record<EntryCollectionName, string>> = {
  interventions: "giv indsatsen et navn, der skiller sig ud, fx med kommunens navn",
  governance: "giv eksemplet et navn, der skiller sig ud",
};

/** The keys a title is compared by: its slug and its two look-alike keys, each in its own space. */
export function titleKeys(title: string): string[] {
  const [folded, skeletonFirst] = lookAlikeKeys(title);
  return [`slug:${titleKey(title)}`, `a:${folded}`, `b:${skeletonFirst}`];
}

/** One problem for every file whose title (or id) an earlier file (in the given order) already uses or imitates. */
export function duplicateTitleProblems(
  collection: EntryCollectionName,
  files: readonly EntryFile[],
): Problem[] {
  const advice = UNIQUE_TITLES[collection];
  if (!advice) return [];
  const seen = new Map<string, { file: EntryFile; title: string }>();
  const seenIds = new Map<string, EntryFile>();
  const problems: Problem[] = [];
  for (const file of files) {
    const [idKey] = lookAlikeKeys(file.id);
    const earlierId = seenIds.get(idKey);
    if (earlierId && earlierId.id !== file.id) {
      problems.push({
        path: file.path,
        field: "filnavn",
        message: `Filnavnet ${quoted(file.id)} ligner ${quoted(earlierId.id)} (${earlierId.path}) så meget, at de kan forveksles. Giv filen et navn, der skiller sig tydeligt ud.`,
      });
    } else seenIds.set(idKey, file);
    const title = (file.data as { title?: unknown } | undefined)?.title;
    if (typeof title !== "string") continue;
    const keys = titleKeys(title);
    const earlier = keys.map((key) => seen.get(key)).find(Boolean);
    if (!earlier) {
      for (const key of keys) seen.set(key, { file, title });
      continue;
    }
    const same = earlier.title.normalize("NFC") === title.normalize("NFC");
    const how = same
      ? "bruges allerede af"
      : `ligner ${quoted(earlier.title)} så meget, at de kan forveksles (fx bogstaver fra et andet alfabet, usynlige tegn eller anden stavemåde af de samme bogstaver); den titel bruges af`;
    problems.push({
      path: file.path,
      line: file.lineOf(["title"]),
      field: "title",
      message: `${quoted(title)} ${how} ${earlier.file.path}. Ret den fil i stedet, eller ${advice}.`,
    });
  }
  return problems;
}
