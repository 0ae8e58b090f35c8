import { z } from "astro/zod";
import { record, requiredText } from "./schema-pieces.ts";
import { phaseField } from "./intervention-schema.ts";

/** Frontmatter of a phase introduction in content/phases/. */
export const createPhaseIntroSchema = <L extends z.ZodType>(link: L) =>
  record({
    phase: phaseField,
    lead: requiredText("lead", 40).describe(
      "One or two sentences shown under the heading of the phase page.",
    ),
    links: z.array(link).default([]).describe("Ids from content/links.toml shown as further reading."),
  });
