import type { APIRoute } from "astro";
import { getOpenDataContext, getOpenDataEntries } from "../../data/open-data.ts";
import { toCsv, csvRows } from "../../lib/open-data/index.ts";

export const GET: APIRoute = async ({ site }) => {
  const rows = csvRows(await getOpenDataEntries(), await getOpenDataContext(site));
  return new Response(toCsv(rows), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
