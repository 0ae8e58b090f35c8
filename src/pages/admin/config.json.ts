import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { cmsConfig, INTERVENTION_COLLECTION } from "../../lib/cms-config.ts";
import { cmsSettings } from "../../lib/cms-settings.ts";
import { interventionJsonSchema } from "../../lib/json-schema.ts";
import { VOCABULARIES } from "../../lib/vocabularies.ts";

/** The editor's configuration, generated at build time; /admin/ loads it (see src/scripts/admin.ts). */
export const GET: APIRoute = async ({ site }) => {
  const links = Object.fromEntries(
    (await getCollection("links"))
      .map((link) => [link.id, `${link.data.title} (${link.id})`] as const)
      .sort((a, b) => a[1].localeCompare(b[1], "da")),
  );
  const schema = interventionJsonSchema({ markReferences: true });
  const settings = cmsSettings(process.env, (site ?? new URL("http://localhost:4321")).href);
  const config = cmsConfig(
    schema,
    { vocabularies: VOCABULARIES, links, interventionCollection: INTERVENTION_COLLECTION.name },
    settings,
  );
  return new Response(JSON.stringify({ config, schema, missing: settings.missing }), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
