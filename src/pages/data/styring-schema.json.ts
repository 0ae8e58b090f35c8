import type { APIRoute } from "astro";
import { governanceJsonSchema } from "../../lib/open-data/index.ts";
import { routes } from "../../lib/catalogue/index.ts";
import { SITE } from "../../lib/site/index.ts";
import { PARAGRAPH_JSON_SCHEMA } from "../../lib/sources/index.ts";

export const GET: APIRoute = ({ site }) => {
  const { $schema, ...fields } = governanceJsonSchema();
  const schema = {
    $schema,
    ...(site ? { $id: new URL(routes.dataGovernanceSchema(), site).href } : {}),
    title: `Et eksempel på styring og samarbejde i ${SITE.name}`,
    description:
      "Felterne i ét eksempel, som de står i frontmatter i content/governance/<id>.md og under data i styring.json.",
    ...fields,
    // The body's paragraphs with their sources, beside the fields (see /data/).
    $defs: { paragraph: PARAGRAPH_JSON_SCHEMA },
  };
  return new Response(JSON.stringify(schema, null, 2), {
    headers: { "Content-Type": "application/schema+json; charset=utf-8" },
  });
};
