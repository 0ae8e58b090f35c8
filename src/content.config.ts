import { defineCollection, reference } from "astro:content";
import { glob } from "astro/loaders";
import { createInterventionSchema } from "./lib/intervention-schema.ts";
import { INTERVENTIONS_BASE, INTERVENTIONS_PATTERN } from "./lib/content-paths.ts";

const interventions = defineCollection({
  loader: glob({ pattern: INTERVENTIONS_PATTERN, base: INTERVENTIONS_BASE }),
  schema: createInterventionSchema(reference("interventions")),
});

export const collections = { interventions };
