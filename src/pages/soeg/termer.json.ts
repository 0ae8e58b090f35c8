/**
 * The vocabulary terms a search may name, with synonyms, counts and place pages, for the search page's
 * "Mente du …?" and its pointers to a place (src/lib/search/vocabulary-offers.ts). A file apart from
 * /soeg/, fetched only once the reader searches with words, so the page itself stays small.
 */
import type { APIRoute } from "astro";
import { getGovernanceExamples } from "../../data/governance.ts";
import { getInterventions } from "../../data/interventions.ts";
import { searchTerms } from "../../lib/catalogue/index.ts";
import { toTermTable } from "../../lib/search/index.ts";

export const GET: APIRoute = async () => {
  const [entries, examples] = await Promise.all([getInterventions(), getGovernanceExamples()]);
  return new Response(JSON.stringify(toTermTable(searchTerms(entries, examples))), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
