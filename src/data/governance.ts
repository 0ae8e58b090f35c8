/** Build-time access to the governance and collaboration examples, sorted the Danish way. */
import { getCollection, type CollectionEntry } from "astro:content";
import { sortByTitle } from "../lib/catalogue/index.ts";

export type GovernanceExample = CollectionEntry<"governance">;

export async function getGovernanceExamples(): Promise<GovernanceExample[]> {
  return sortByTitle(await getCollection("governance"));
}
