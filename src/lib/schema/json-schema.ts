/**
 * The intervention schema as JSON Schema, generated from the zod schema the build validates with,
 * and a flat list of its fields for the data page. Descriptions come from the schema's .describe()
 * texts, so the schema, the data page and the editors' messages never disagree.
 */
import { z } from "astro/zod";
import { createInterventionSchema } from "./intervention-schema.ts";
import { linkSchema } from "./link-schema.ts";

export type JsonSchema = {
  type?: string | string[];
  format?: string;
  description?: string;
  enum?: unknown[];
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  pattern?: string;
  [key: string]: unknown;
};

/** The reference fields as plain strings, with the ref kind as `x-ref` so generators can tell them apart. */
export const REFERENCE_STRINGS = {
  intervention: z.string().describe("Filnavnet (uden .mdx) på en anden indsats."),
  link: z.string().describe("Et id fra content/links.toml."),
};

/**
 * JSON Schema (draft 2020-12) for one entry's fields, as editors write them in the frontmatter.
 * With `markReferences`, reference fields carry `x-ref: "intervention" | "link"` (for the CMS configuration).
 */
export function interventionJsonSchema({ markReferences = false } = {}): JsonSchema {
  const schema = createInterventionSchema(
    markReferences
      ? {
          intervention: REFERENCE_STRINGS.intervention.meta({ "x-ref": "intervention" }),
          link: REFERENCE_STRINGS.link.meta({ "x-ref": "link" }),
        }
      : REFERENCE_STRINGS,
  );
  return frontmatterJsonSchema(schema);
}

/** JSON Schema (draft 2020-12) for frontmatter fields as editors write them. */
export function frontmatterJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    override: (ctx) => {
      // No field is a z.date() (tests/unit/schema-pieces.test.ts forbids it); should one appear, it is a plain date.
      if (ctx.zodSchema._zod.def.type === "date")
        Object.assign(ctx.jsonSchema, { type: "string", format: "date" });
    },
  }) as JsonSchema;
}

/** JSON Schema for one link in content/links.toml (its id is the table's name, not a field). */
export function linkJsonSchema(): JsonSchema {
  return z.toJSONSchema(linkSchema, { io: "input", unrepresentable: "any" }) as JsonSchema;
}

export type FieldDoc = {
  /** "title", "targetGroup.tags", "results[].value", "scores.<element>.level" */
  path: string;
  type: string;
  required: boolean;
  description?: string | undefined;
  values?: string[] | undefined;
  defaultValue?: string | undefined;
};

const TYPE_NAMES: Record<string, string> = {
  string: "tekst",
  integer: "heltal",
  number: "tal",
  boolean: "true eller false",
  object: "objekt",
  array: "liste",
};

function typeName(schema: JsonSchema): string {
  if (schema.format === "date") return "dato (ÅÅÅÅ-MM-DD)";
  if (schema.anyOf) return "en af formerne nedenfor";
  if (schema.type === "array") return `liste af ${schema.items ? typeName(schema.items) : "værdier"}`;
  if (schema.type === "object" && schema.propertyNames) return "objekt med et felt pr. element";
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  return (type && TYPE_NAMES[type]) ?? "værdi";
}

/** Every field, depth first, in schema order. */
export function describeFields(schema: JsonSchema, prefix = ""): FieldDoc[] {
  const fields: FieldDoc[] = [];
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    const values = (property.enum ?? property.items?.enum)?.map(String);
    fields.push({
      path,
      type: typeName(property),
      required: schema.required?.includes(key) ?? false,
      description: property.description,
      values,
      defaultValue: property.default === undefined ? undefined : JSON.stringify(property.default),
    });
    fields.push(...nested(property, path));
  }
  return fields;
}

function nested(property: JsonSchema, path: string): FieldDoc[] {
  if (property.properties) return describeFields(property, path);
  if (property.items) return nested(property.items, `${path}[]`);
  if (property.anyOf) return property.anyOf.flatMap((option) => nested(option, path));
  if (typeof property.additionalProperties === "object") {
    return nested(property.additionalProperties, `${path}.<element>`);
  }
  return [];
}
