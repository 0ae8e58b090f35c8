import type { APIRoute } from "astro";
import { getOpenDataContext, getOpenDataEntries } from "../../data/open-data.ts";
import { datasetJson } from "../../lib/open-data/index.ts";

export const GET: APIRoute = async ({ site }) => {
  const dataset = datasetJson(await getOpenDataEntries(), await getOpenDataContext(site));
  return new Response(JSON.stringify(dataset, null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
