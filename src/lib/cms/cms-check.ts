/**
 * The check, run in /admin/ on the entry an editor is about to save. The entry is written exactly as the
 * editor's format will write it (src/lib/cms/cms-format.ts), read back by the shared reader the check and the
 * build use (src/lib/content/frontmatter.ts), and judged by the same zod schema, the same file-name rule and the
 * check's body rules (src/lib/cms/cms-body.ts). What `npm run check` would refuse is refused before saving,
 * with the check's own Danish message and the field's label from the form. Only the MDX compile itself
 * (a native module) stays with the check and the build; escaping makes the body safe for it.
 */
import type { z } from "astro/zod";
import { bodyProblems } from "./cms-body.ts";
import { FIELD_LABELS } from "./cms-config.ts";
import { serializeEntry, SLUG_KEY } from "./cms-format.ts";
import { readEntryText } from "../content/frontmatter.ts";
import { standaloneGovernanceSchema } from "../schema/governance-schema.ts";
import { standaloneInterventionSchema } from "../schema/intervention-schema.ts";
import type { JsonSchema } from "../schema/json-schema.ts";
import { linkSchema } from "../schema/link-schema.ts";
import { SLUG_PATTERN } from "../content/slug.ts";

/** A problem in the form: the field (a path such as "targetGroup.tags"), its label and the check's message. */
export type FormProblem = { field: string; label: string; message: string };

export const BODY_LABEL = "Brødtekst";

const SCHEMAS: Record<"interventions" | "governance", z.ZodType> = {
  interventions: standaloneInterventionSchema,
  governance: standaloneGovernanceSchema,
};

/** "targetGroup.age.min" → "Målgruppe › Alder › Yngste alder"; list positions count from 1. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  const names: string[] = [];
  for (const key of path) {
    if (typeof key === "number") {
      parts.push(`nr. ${key + 1}`);
      continue;
    }
    names.push(String(key));
    const joined = names.join(".");
    parts.push(FIELD_LABELS[joined] ?? FIELD_LABELS[String(key)] ?? String(key));
  }
  return parts.join(" › ") || "Felterne";
}

/** What the check says about an intervention or governance example as the editor would save it. */
export function entryFormProblems(
  collection: "interventions" | "governance",
  data: Record<string, unknown>,
  jsonSchema: JsonSchema,
): FormProblem[] {
  const text = serializeEntry(data, jsonSchema);
  const read = readEntryText(text);
  const problems: FormProblem[] = read.problems.map((problem) => ({
    field: problem.field,
    label: problem.field === "fil" ? "Filen" : fieldLabel(problem.field.split(".")),
    message: problem.message,
  }));
  if (problems.length > 0) return problems;
  const slug = data[SLUG_KEY];
  if (typeof slug === "string" && !SLUG_PATTERN.test(slug)) {
    problems.push({
      field: "title",
      label: fieldLabel(["title"]),
      message: `Filnavnet "${slug}" er ugyldigt.`,
    });
  }
  const result = SCHEMAS[collection].safeParse(read.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ field: issue.path.join("."), label: fieldLabel(issue.path), message: issue.message });
    }
  }
  for (const issue of bodyProblems(read.body, read.bodyLine)) {
    problems.push({ field: "body", label: BODY_LABEL, message: issue.message });
  }
  return problems;
}

/** The same for the links file: every link by the link schema, ids as the check wants them. */
export function linksFormProblems(links: readonly Record<string, unknown>[]): FormProblem[] {
  const problems: FormProblem[] = [];
  const seen = new Set<string>();
  links.forEach((link, index) => {
    const { id, ...fields } = link;
    const label = `Link nr. ${index + 1}${typeof id === "string" && id ? ` (${id})` : ""}`;
    if (typeof id !== "string" || !SLUG_PATTERN.test(id)) {
      problems.push({
        field: `links.${index}.id`,
        label,
        message: `Kortnavnet ${JSON.stringify(id ?? "")} er ugyldigt. Brug små bogstaver a–z, tal og bindestreger.`,
      });
    } else if (seen.has(id)) {
      problems.push({ field: `links.${index}.id`, label, message: `Kortnavnet "${id}" bruges allerede.` });
    } else seen.add(id);
    const cleaned = Object.fromEntries(
      Object.entries(fields).filter(([, value]) => value !== undefined && value !== null && value !== ""),
    );
    const result = linkSchema.safeParse(cleaned);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({
          field: `links.${index}.${issue.path.join(".")}`,
          label: `${label} › ${fieldLabel(issue.path)}`,
          message: issue.message,
        });
      }
    }
  });
  return problems;
}
