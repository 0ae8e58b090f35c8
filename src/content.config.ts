import { defineCollection, reference } from "astro:content";
import { file, glob } from "astro/loaders";
import { parse as parseToml } from "smol-toml";
import { createInterventionSchema } from "./lib/intervention-schema.ts";
import { linkSchema } from "./lib/link-schema.ts";
import { createPhaseIntroSchema } from "./lib/phase-intro-schema.ts";
import { createPartIntroSchema } from "./lib/part-intro-schema.ts";
import { createGovernanceSchema } from "./lib/governance-schema.ts";
import { CONTENT_PATHS } from "./lib/content-paths.ts";

const interventions = defineCollection({
  loader: glob(CONTENT_PATHS.interventions),
  schema: createInterventionSchema({ intervention: reference("interventions"), link: reference("links") }),
});

const phases = defineCollection({
  loader: glob(CONTENT_PATHS.phases),
  schema: createPhaseIntroSchema(reference("links")),
});

const parts = defineCollection({
  loader: glob(CONTENT_PATHS.parts),
  schema: createPartIntroSchema(reference("links")),
});

const governance = defineCollection({
  loader: glob(CONTENT_PATHS.governance),
  schema: createGovernanceSchema(reference("links")),
});

const links = defineCollection({
  loader: file(CONTENT_PATHS.links, {
    parser: (text) => parseToml(text) as Record<string, Record<string, unknown>>,
  }),
  schema: linkSchema,
});

export const collections = { interventions, phases, parts, governance, links };
