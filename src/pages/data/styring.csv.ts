import type { APIRoute } from "astro";
import { getGovernanceOpenDataEntries, getOpenDataContext } from "../../data/open-data.ts";
import { toCsv, governanceCsvRows } from "../../lib/open-data/index.ts";

export const GET: APIRoute = async ({ site }) => {
  const rows = governanceCsvRows(await getGovernanceOpenDataEntries(), await getOpenDataContext(site));
  return new Response(toCsv(rows), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
