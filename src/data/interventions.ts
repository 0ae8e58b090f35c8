/**
 * Build-time access to the interventions collection, sorted the Danish way, with the figures entries share
 * (src/lib/catalogue/shared-results.ts) shown on every entry they are given for.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { sortByTitle, withSharedResults, type WithSharedResults } from "../lib/catalogue/index.ts";

export type Intervention = WithSharedResults<CollectionEntry<"interventions">>;

let cached: Promise<readonly Intervention[]> | undefined;

/**
 * Every page of a build asks for the catalogue; reading and sorting it once per build instead of once per page
 * keeps rendering linear in the number of entries. The dev server reloads content, so there it reads every time.
 * Callers must not change the list (sort a copy).
 */
export function getInterventions(): Promise<readonly Intervention[]> {
  if (import.meta.env.DEV) return read();
  cached ??= read();
  return cached;
}

async function read(): Promise<readonly Intervention[]> {
  return withSharedResults(sortByTitle(await getCollection("interventions")));
}
