/** Build-time access to the governance and collaboration examples, sorted the Danish way. */
import { getCollection, type CollectionEntry } from "astro:content";
import { sortByTitle } from "../lib/catalogue/index.ts";
import { oncePerBuild } from "./once-per-build.ts";

export type GovernanceExample = CollectionEntry<"governance">;

/** Read and sorted once per build, as getInterventions(). Callers must not change the list. */
export const getGovernanceExamples = oncePerBuild(read);

async function read(): Promise<readonly GovernanceExample[]> {
  return sortByTitle(await getCollection("governance"));
}
