/**
 * One rule per kind of value in every collection (issue 26, class 3): this test walks the schema of
 * every collection the check and the build validate with, and fails if any field coerces (a date
 * from a number, a number from text, text from a number), so a rule closed in one collection cannot
 * stay open in another. Every date field is the shared calendar-date piece and refuses what
 * governance `reviewed` once accepted: 5 (1970), 2099-12-31 and 2023-02-30 (2 March).
 */
import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import {
  createPartIntroSchema,
  createPhaseIntroSchema,
  linkSchema,
  standaloneGovernanceSchema,
  standaloneInterventionSchema,
} from "../../src/lib/schema/index.ts";

const COLLECTIONS: Record<string, z.ZodType> = {
  interventions: standaloneInterventionSchema,
  governance: standaloneGovernanceSchema,
  phases: createPhaseIntroSchema(z.string()),
  parts: createPartIntroSchema(z.string()),
  links: linkSchema,
};

type Def = {
  type: string;
  coerce?: boolean;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  out?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
};

type Field = { path: string; schema: z.ZodType; def: Def };

/** Every node of a schema with its field path, walked without recursion. */
function walk(root: z.ZodType): Field[] {
  const fields: Field[] = [];
  const stack: { schema: z.ZodType; path: string }[] = [{ schema: root, path: "" }];
  const seen = new Set<z.ZodType>();
  while (stack.length > 0) {
    const { schema, path } = stack.pop()!;
    if (seen.has(schema)) continue;
    seen.add(schema);
    const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
    fields.push({ path, schema, def });
    const child = (next: z.ZodType | undefined, suffix = "") => {
      if (next) stack.push({ schema: next, path: `${path}${suffix}` });
    };
    for (const [key, value] of Object.entries(def.shape ?? {})) child(value, path ? `.${key}` : key);
    child(def.innerType);
    child(def.element, "[]");
    for (const option of def.options ?? []) child(option);
    child(def.in);
    child(def.out);
    child(def.keyType, ".<key>");
    child(def.valueType, ".<element>");
    child(def.left);
    child(def.right);
  }
  return fields;
}

const isDateField = (field: Field) => z.globalRegistry.get(field.schema)?.["format"] === "date";

describe.each(Object.entries(COLLECTIONS))("the %s schema", (_name, schema) => {
  const fields = walk(schema);

  it("has fields to judge", () => {
    expect(fields.length).toBeGreaterThan(3);
  });

  it("coerces nothing: no z.coerce and no z.date anywhere", () => {
    const coercing = fields.filter((field) => field.def.coerce || field.def.type === "date");
    expect(coercing.map((field) => `${field.path || "(top)"}: ${field.def.type}`)).toEqual([]);
  });

  it("reads every date with the one calendar-date piece, which refuses what coercion accepted", () => {
    for (const field of fields.filter(isDateField)) {
      for (const bad of [
        5,
        0,
        "5",
        "2099-12-31",
        "2023-02-30",
        "2023-2-3",
        new Date("2020-01-01"),
        "2020-01-01T00:00",
      ]) {
        expect(field.schema.safeParse(bad).success, `${field.path} accepted ${String(bad)}`).toBe(false);
      }
      expect(field.schema.safeParse("2024-02-29").success, field.path).toBe(true);
    }
  });

  it("never makes text from a number or a number from text", () => {
    for (const field of fields) {
      if (field.def.type === "string") {
        expect(field.schema.safeParse(2020).success, `${field.path} took the number 2020 as text`).toBe(
          false,
        );
      }
      if (field.def.type === "number") {
        expect(field.schema.safeParse("15").success, `${field.path} took the text "15" as a number`).toBe(
          false,
        );
      }
      if (field.def.type === "boolean") {
        expect(field.schema.safeParse("true").success, `${field.path} took "true" as a boolean`).toBe(false);
      }
    }
  });
});

describe("date fields", () => {
  it("exist in both collections that have a review date", () => {
    const dated = (schema: z.ZodType) =>
      walk(schema)
        .filter(isDateField)
        .map((field) => field.path);
    expect(dated(standaloneInterventionSchema)).toContain("reviewed");
    expect(dated(standaloneGovernanceSchema)).toContain("reviewed");
  });
});
