import { z } from "astro/zod";
import { phaseField } from "./intervention-schema.ts";

/** Frontmatter of a phase introduction in content/phases/. */
export const createPhaseIntroSchema = <L extends z.ZodType>(link: L) =>
  z.strictObject({
    phase: phaseField,
    lead: z.string().min(40).describe("One or two sentences shown under the heading of the phase page."),
    links: z.array(link).default([]).describe("Ids from content/links.toml shown as further reading."),
  });
