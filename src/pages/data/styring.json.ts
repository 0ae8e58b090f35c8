import type { APIRoute } from "astro";
import { getGovernanceOpenDataEntries, getOpenDataContext } from "../../data/open-data.ts";
import { governanceDatasetJson } from "../../lib/open-data/index.ts";

export const GET: APIRoute = async ({ site }) => {
  const dataset = governanceDatasetJson(await getGovernanceOpenDataEntries(), await getOpenDataContext(site));
  return new Response(JSON.stringify(dataset, null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
