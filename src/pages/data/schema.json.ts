import type { APIRoute } from "astro";
import { interventionJsonSchema } from "../../lib/schema/index.ts";
import { routes } from "../../lib/catalogue/index.ts";
import { SITE } from "../../lib/site/index.ts";
import { PARAGRAPH_JSON_SCHEMA } from "../../lib/sources/index.ts";

export const GET: APIRoute = ({ site }) => {
  const { $schema, ...fields } = interventionJsonSchema();
  const schema = {
    $schema,
    ...(site ? { $id: new URL(routes.dataSchema(), site).href } : {}),
    title: `En indsats i ${SITE.name}`,
    description:
      "Felterne i én indsats, som de står i frontmatter i content/interventions/<id>.mdx og under data i indsatser.json.",
    ...fields,
    // The body's paragraphs with their sources, beside the fields (see /data/).
    $defs: { paragraph: PARAGRAPH_JSON_SCHEMA },
  };
  return new Response(JSON.stringify(schema, null, 2), {
    headers: { "Content-Type": "application/schema+json; charset=utf-8" },
  });
};
