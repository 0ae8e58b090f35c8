/**
 * Build-time access to the interventions collection, sorted the Danish way, with the figures entries share
 * (src/lib/catalogue/shared-results.ts) shown on every entry they are given for.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { sortByTitle, withSharedResults, type WithSharedResults } from "../lib/catalogue/index.ts";

export type Intervention = WithSharedResults<CollectionEntry<"interventions">>;

export async function getInterventions(): Promise<Intervention[]> {
  return withSharedResults(sortByTitle(await getCollection("interventions")));
}
