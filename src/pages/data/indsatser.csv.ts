import type { APIRoute } from "astro";
import { getOpenDataContext, getOpenDataEntries } from "../../data/open-data.ts";
import { toCsv } from "../../lib/csv.ts";
import { csvRows } from "../../lib/open-data.ts";

export const GET: APIRoute = async ({ site }) => {
  const rows = csvRows(await getOpenDataEntries(), await getOpenDataContext(site));
  return new Response(toCsv(rows), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
