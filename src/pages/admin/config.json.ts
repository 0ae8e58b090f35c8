import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { cmsData } from "../../lib/cms/index.ts";
import { cmsSettings } from "../../lib/site/index.ts";

/** The editor's configuration, generated at build time; /admin/ loads it (see src/scripts/admin.ts). */
export const GET: APIRoute = async ({ site }) => {
  const links = Object.fromEntries((await getCollection("links")).map((link) => [link.id, link.data]));
  const settings = cmsSettings(process.env, (site ?? new URL("http://localhost:4321")).href);
  return new Response(JSON.stringify(cmsData(links, settings)), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
