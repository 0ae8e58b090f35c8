/** Build-time access to the interventions collection, sorted the Danish way. */
import { getCollection, type CollectionEntry } from "astro:content";
import { sortByTitle } from "../lib/catalogue/index.ts";

export type Intervention = CollectionEntry<"interventions">;

export async function getInterventions(): Promise<Intervention[]> {
  return sortByTitle(await getCollection("interventions"));
}
