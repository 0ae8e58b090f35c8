import { defineCollection, reference } from "astro:content";
import {
  createInterventionSchema,
  linkSchema,
  createPhaseIntroSchema,
  createPartIntroSchema,
  createGovernanceSchema,
} from "./lib/schema/index.ts";
import { entryLoader, linksLoader } from "./lib/content/index.ts";
import { renderMdxBody } from "./lib/check/index.ts";

const interventions = defineCollection({
  // Bodies render to HTML in the loader; no entry is compiled to a module (src/lib/check/render-body.ts).
  loader: entryLoader("interventions", renderMdxBody),
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
