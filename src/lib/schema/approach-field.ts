import { z } from "astro/zod";
import { APPROACH_BASES, APPROACHES } from "../vocabulary/approaches.ts";
import { unknownKeysMessage, vocabularyField } from "./vocabulary-field.ts";

export const approachField = vocabularyField(APPROACHES, "tilgang");
export const approachBasisField = vocabularyField(
  APPROACH_BASES,
  'angivelse af, hvordan tilgangen kendes ("katalog" eller "redaktionen")',
);

const known = ["id", "known", "section"];

/** One tag: which approach, and whether the catalogue says so or it is the editors' reading. */
const approachTag = z
  .strictObject(
    {
      id: approachField.describe("Tilgangen, som slug fra src/lib/vocabulary/approaches.ts."),
      known: approachBasisField.describe(
        '"katalog", når kataloget nævner indsatsen som eksempel under tilgangen; "redaktionen", når det er redaktionens læsning af de beskrevne aktiviteter.',
      ),
      section: z
        .string({
          error: "section skal være tekst: eksemplets eller casens overskrift i Marselisborg-kataloget.",
        })
        .trim()
        .min(2, { error: "section skal være eksemplets eller casens overskrift i Marselisborg-kataloget." })
        .max(120, { error: "section må højst være 120 tegn: skriv overskriften, som kataloget trykker den." })
        .optional()
        .describe(
          'Ved known: katalog: overskriften på eksemplet eller casen i Marselisborg-kataloget, der står i samme del som tilgangens fokuspunkt, fx "Ung på vej". npm run sources tjekker det.',
        ),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys" ? unknownKeysMessage(issue.keys, known) : undefined,
    },
  )
  .describe("{ id, known, section }");

/** The `approaches` list of an intervention or a governance example; each approach at most once. */
export const approachesField = z
  .array(approachTag)
  .default([])
  .superRefine((tags, ctx) => {
    const seen = new Set<string>();
    tags.forEach((tag, index) => {
      if (seen.has(tag.id)) {
        ctx.addIssue({
          code: "custom",
          path: [index, "id"],
          message: `"${tag.id}" står mere end én gang. Nævn hver tilgang én gang.`,
        });
      }
      seen.add(tag.id);
    });
  })
  .describe(
    'Katalogets tilgange (fokuspunkter), som indsatsen er et eksempel på, fx [{ id: brobygning, known: katalog, section: "Brobygning til uddannelse på erhvervsskoler" }].',
  );
