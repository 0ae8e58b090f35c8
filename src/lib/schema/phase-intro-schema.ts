import { z } from "astro/zod";
import { record } from "./schema-pieces.ts";
import { paragraphText, TEXT_LIMITS } from "./text-fields.ts";
import { phaseField } from "./intervention-schema.ts";
import { sourceExceptionsField } from "./source-exceptions.ts";

/** Frontmatter of a phase introduction in content/phases/. */
export const createPhaseIntroSchema = <L extends z.ZodType>(link: L) =>
  record({
    phase: phaseField,
    lead: paragraphText("lead", { min: 40, max: TEXT_LIMITS.lead }).describe(
      "One or two sentences shown under the heading of the phase page.",
    ),
    links: z.array(link).default([]).describe("Ids from content/links.toml shown as further reading."),
    sourceExceptions: sourceExceptionsField,
  });
