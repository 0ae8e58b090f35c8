import { defineCollection, reference } from "astro:content";
import { createInterventionSchema } from "./lib/intervention-schema.ts";
import { linkSchema } from "./lib/link-schema.ts";
import { createPhaseIntroSchema } from "./lib/phase-intro-schema.ts";
import { entryLoader, linksLoader } from "./lib/content-loader.ts";

const interventions = defineCollection({
  loader: entryLoader("interventions"),
  schema: createInterventionSchema({ intervention: reference("interventions"), link: reference("links") }),
});

const phases = defineCollection({
  loader: entryLoader("phases"),
  schema: createPhaseIntroSchema(reference("links")),
});

const links = defineCollection({
  loader: linksLoader(),
  schema: linkSchema,
});

export const collections = { interventions, phases, links };
