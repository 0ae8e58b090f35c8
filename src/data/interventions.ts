/**
 * Build-time access to the interventions collection, sorted the Danish way, with the figures entries share
 * (src/lib/catalogue/shared-results.ts) shown on every entry they are given for.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { sortByTitle, withSharedResults, type WithSharedResults } from "../lib/catalogue/index.ts";
import { oncePerBuild } from "./once-per-build.ts";

export type Intervention = WithSharedResults<CollectionEntry<"interventions">>;

/**
 * Every page of a build asks for the catalogue; it is read and sorted once per build (see oncePerBuild).
 * Callers must not change the list (sort a copy).
 */
export const getInterventions: () => Promise<readonly Intervention[]> = oncePerBuild(read);

async function read(): Promise<readonly Intervention[]> {
  return withSharedResults(sortByTitle(await getCollection("interventions")));
}

/**
 * Every intervention's title by id, built once per build: each entry page names the entries its figures
 * are shared with, and a table built per page made the entry pages quadratic in the number of entries.
 */
export const getTitles: () => Promise<ReadonlyMap<string, string>> = oncePerBuild(async () => {
  const entries = await getInterventions();
  return new Map(entries.map((entry) => [entry.id, entry.data.title]));
});
