import { z } from "astro/zod";
import { approachesField } from "./approach-field.ts";
import { municipalityField, publicationField } from "./intervention-schema.ts";
import { locatorField } from "./assessment-rules.ts";
import { lineText, TEXT_LIMITS } from "./text-fields.ts";
import { record, reviewedField, yearField } from "./schema-pieces.ts";
import { vocabularyField } from "./vocabulary-field.ts";
import { GOVERNANCE_THEMES } from "../vocabulary/governance-themes.ts";
import { sourceExceptionsField } from "./source-exceptions.ts";

export const governanceThemeField = vocabularyField(GOVERNANCE_THEMES, "værdi for tema");

/**
 * Frontmatter of a governance or collaboration example in content/governance/: the catalogue's
 * examples of political steering and coordination that are not interventions aimed at young people.
 */
export function createGovernanceSchema<L extends z.ZodType>(link: L) {
  return record({
    title: lineText("title", {
      min: 3,
      max: TEXT_LIMITS.title,
      whenLong: "Skriv eksemplets navn, som kilderne skriver det, og læg resten i summary eller brødteksten.",
    }).describe("Eksemplets navn, som kilderne skriver det."),
    summary: lineText("summary", {
      min: 40,
      max: TEXT_LIMITS.summary,
      whenLong: "Skriv en til to sætninger, og læg resten i brødteksten.",
    }).describe("En til to sætninger til kort og søgeresultater."),
    municipalities: z
      .array(municipalityField)
      .default([])
      .describe("Kommunerne, eksemplet kommer fra; tom, hvis det ikke hører til én kommune."),
    organisation: lineText("organisation", { min: 2, max: TEXT_LIMITS.name })
      .optional()
      .describe("Organisationen bag et eksempel uden kommune, fx en styrelse."),
    themes: z
      .array(governanceThemeField)
      .min(1, { error: "Angiv mindst ét tema." })
      .describe("Hvad eksemplet viser: politisk styring, koordinering eller viden på tværs."),
    approaches: approachesField,
    links: z
      .array(link)
      .default([])
      .describe("Id'er fra content/links.toml: de links, Marselisborg-kataloget giver til eksemplet."),
    period: record({
      start: yearField.optional().describe("Første år som ÅÅÅÅ."),
      end: yearField.optional().describe("Sidste år som ÅÅÅÅ."),
    })
      .optional()
      .describe("Årene, kilderne nævner, hvis de nævner nogen."),
    sources: z
      .array(
        record({
          publication: publicationField.describe("Publikationen, eksemplet er nævnt i."),
          section: locatorField("section")
            .optional()
            .describe('Afsnittet, fx "Politisk fokus og opfølgning".'),
        }),
      )
      .min(1, { error: "Angiv mindst én kilde." })
      .describe("Publikation og afsnit, hvor eksemplet er nævnt."),
    sourceExceptions: sourceExceptionsField,
    reviewed: reviewedField(),
  }).superRefine((data, ctx) => {
    if (data.municipalities.length === 0 && !data.organisation) {
      ctx.addIssue({
        code: "custom",
        path: ["municipalities"],
        message: "Angiv mindst én kommune, eller organisationen bag eksemplet (organisation).",
      });
    }
  });
}

export const standaloneGovernanceSchema = createGovernanceSchema(z.string());
export type GovernanceData = z.output<typeof standaloneGovernanceSchema>;
