/** Build-time access to the governance and collaboration examples, sorted the Danish way. */
import { getCollection, type CollectionEntry } from "astro:content";
import { sortByTitle } from "../lib/catalogue/index.ts";

export type GovernanceExample = CollectionEntry<"governance">;

let cached: Promise<readonly GovernanceExample[]> | undefined;

/** Read and sorted once per build, as getInterventions(); the dev server reads every time. */
export function getGovernanceExamples(): Promise<readonly GovernanceExample[]> {
  if (import.meta.env.DEV) return read();
  cached ??= read();
  return cached;
}

async function read(): Promise<readonly GovernanceExample[]> {
  return sortByTitle(await getCollection("governance"));
}
