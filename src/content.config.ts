import { defineCollection, reference } from "astro:content";
import { file } from "astro/loaders";
import { parse as parseToml } from "smol-toml";
import { createInterventionSchema } from "./lib/intervention-schema.ts";
import { linkSchema } from "./lib/link-schema.ts";
import { createPhaseIntroSchema } from "./lib/phase-intro-schema.ts";
import { CONTENT_PATHS } from "./lib/content-paths.ts";
import { entryLoader } from "./lib/content-loader.ts";

const interventions = defineCollection({
  loader: entryLoader("interventions"),
  schema: createInterventionSchema({ intervention: reference("interventions"), link: reference("links") }),
});

const phases = defineCollection({
  loader: entryLoader("phases"),
  schema: createPhaseIntroSchema(reference("links")),
});

const links = defineCollection({
  loader: file(CONTENT_PATHS.links, {
    parser: (text) => parseToml(text) as Record<string, Record<string, unknown>>,
  }),
  schema: linkSchema,
});

export const collections = { interventions, phases, links };
