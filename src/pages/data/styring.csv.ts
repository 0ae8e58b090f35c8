import type { APIRoute } from "astro";
import { getGovernanceOpenDataEntries, getOpenDataContext } from "../../data/open-data.ts";
import { toCsv } from "../../lib/csv.ts";
import { governanceCsvRows } from "../../lib/governance-open-data.ts";

export const GET: APIRoute = async ({ site }) => {
  const rows = governanceCsvRows(await getGovernanceOpenDataEntries(), await getOpenDataContext(site));
  return new Response(toCsv(rows), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
