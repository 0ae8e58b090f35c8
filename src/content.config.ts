import { defineCollection, reference } from "astro:content";
import { createInterventionSchema } from "./lib/intervention-schema.ts";
import { linkSchema } from "./lib/link-schema.ts";
import { createPhaseIntroSchema } from "./lib/phase-intro-schema.ts";
import { createPartIntroSchema } from "./lib/part-intro-schema.ts";
import { createGovernanceSchema } from "./lib/governance-schema.ts";
import { entryLoader, linksLoader } from "./lib/content-loader.ts";

const interventions = defineCollection({
  loader: entryLoader("interventions"),
  schema: createInterventionSchema({ intervention: reference("interventions"), link: reference("links") }),
});

const phases = defineCollection({
  loader: entryLoader("phases"),
  schema: createPhaseIntroSchema(reference("links")),
});

const parts = defineCollection({
  loader: entryLoader("parts"),
  schema: createPartIntroSchema(reference("links")),
});

const governance = defineCollection({
  loader: entryLoader("governance"),
  schema: createGovernanceSchema(reference("links")),
});

const links = defineCollection({
  loader: linksLoader(),
  schema: linkSchema,
});

export const collections = { interventions, phases, parts, governance, links };
