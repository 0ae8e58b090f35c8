import { z } from "astro/zod";
import { APPROACH_BASES, APPROACHES } from "../vocabulary/approaches.ts";
import { unknownKeysMessage, vocabularyField } from "./vocabulary-field.ts";

export const approachField = vocabularyField(APPROACHES, "tilgang");
export const approachBasisField = vocabularyField(
  APPROACH_BASES,
  'angivelse af, hvordan tilgangen kendes ("katalog" eller "redaktionen")',
);

const known = ["id", "known"];

/** One tag: which approach, and whether the catalogue says so or it is the editors' reading. */
const approachTag = z
  .strictObject(
    {
      id: approachField.describe("Tilgangen, som slug fra src/lib/vocabulary/approaches.ts."),
      known: approachBasisField.describe(
        '"katalog", når kataloget nævner indsatsen som eksempel under tilgangen; "redaktionen", når det er redaktionens læsning af de beskrevne aktiviteter.',
      ),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys" ? unknownKeysMessage(issue.keys, known) : undefined,
    },
  )
  .describe("{ id, known }");

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
    "Katalogets tilgange (fokuspunkter), som indsatsen er et eksempel på, fx [{ id: brobygning, known: katalog }].",
  );
