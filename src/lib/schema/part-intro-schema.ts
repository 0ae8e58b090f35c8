import { z } from "astro/zod";
import { record } from "./schema-pieces.ts";
import { paragraphText, TEXT_LIMITS } from "./text-fields.ts";
import { INTRO_PARTS, CATALOGUE_PARTS } from "../vocabulary/approaches.ts";
import { vocabularyField } from "./vocabulary-field.ts";
import { sourceExceptionsField } from "./source-exceptions.ts";

const introParts = Object.fromEntries(INTRO_PARTS.map((part) => [part, CATALOGUE_PARTS[part]])) as {
  [K in (typeof INTRO_PARTS)[number]]: (typeof CATALOGUE_PARTS)[K];
};

/** Frontmatter of a part introduction in content/parts/ (parts 1, 2 and part 3's cross-cutting opening). */
export const createPartIntroSchema = <L extends z.ZodType>(link: L) =>
  record({
    part: vocabularyField(introParts, "del af kataloget"),
    lead: paragraphText("lead", { min: 40, max: TEXT_LIMITS.lead }).describe(
      "One or two sentences shown under the part's heading.",
    ),
    links: z.array(link).default([]).describe("Ids from content/links.toml shown as further reading."),
    sourceExceptions: sourceExceptionsField,
  });
