/**
 * Every intervention's search record, for the index step only: it adds each to the copy of the page Pagefind reads
 * and then deletes this file (src/lib/search/search-record.ts, SEARCH_RECORDS_FILE), so the pages readers load do
 * not carry it.
 */
import type { APIRoute } from "astro";
import { getFreshnessContext } from "../data/freshness.ts";
import { getInterventions } from "../data/interventions.ts";
import { interventionSearchRecord, routes } from "../lib/catalogue/index.ts";
import type { SearchRecords } from "../lib/search/index.ts";

export const GET: APIRoute = async () => {
  const context = await getFreshnessContext();
  const records: SearchRecords = Object.fromEntries(
    (await getInterventions()).map((entry) => [
      routes.intervention(entry.id),
      interventionSearchRecord(entry.data, context),
    ]),
  );
  return new Response(JSON.stringify(records), { headers: { "Content-Type": "application/json" } });
};
