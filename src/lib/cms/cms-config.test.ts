import { readFileSync } from "node:fs";
import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import {
  cmsConfig,
  FORBIDDEN_RULE,
  ONE_LINE_RULE,
  fieldsFromSchema,
  INTERVENTION_COLLECTION,
  type CmsField,
  type GenerateOptions,
} from "./cms-config.ts";
import { SLUG_KEY } from "./cms-format.ts";
import { GOVERNANCE_HINTS, INTERVENTION_HINTS, LINK_HINTS } from "./cms-hints.ts";
import { governanceJsonSchema } from "../open-data/governance-open-data.ts";
import { interventionJsonSchema, linkJsonSchema, type JsonSchema } from "../schema/json-schema.ts";
import { GOVERNANCE_THEMES } from "../vocabulary/governance-themes.ts";
import { VOCABULARIES } from "../vocabulary/vocabularies.ts";
import { ELEMENTS } from "../vocabulary/elements.ts";
import { PHASES } from "../vocabulary/phases.ts";
import { TARGET_GROUPS } from "../vocabulary/target-groups.ts";
import { readEntryText } from "../content/frontmatter.ts";
import { standaloneInterventionSchema } from "../schema/intervention-schema.ts";
import { valueProblems } from "../schema/text-rules.ts";

const schema = interventionJsonSchema({ markReferences: true });
const governanceSchema = governanceJsonSchema({ markReferences: true });
const linkSchema = linkJsonSchema();
const hints = { interventions: INTERVENTION_HINTS, governance: GOVERNANCE_HINTS, links: LINK_HINTS };
const options: GenerateOptions = {
  vocabularies: VOCABULARIES,
  links: {
    "herning-ungevejen": "Ungevejen (herning-ungevejen)",
    "ips-ung-artikel": "IPS-Ung (ips-ung-artikel)",
  },
  interventionCollection: INTERVENTION_COLLECTION.name,
};
const backend = {
  repo: "ejer/lovende-praksis",
  branch: "main",
  authUrl: undefined,
  siteUrl: "https://example.dk/",
};
const schemas = { interventions: schema, governance: governanceSchema, links: linkSchema };
const config = cmsConfig(schemas, { ...options, hints }, backend);
const [collection, governance, linksCollection] = config.collections as unknown as {
  name: string;
  fields?: CmsField[];
  files?: { file: string; fields: CmsField[] }[];
  [key: string]: unknown;
}[];
const fields = collection!.fields!;
const governanceFields = governance!.fields!;

const byName = (list: readonly CmsField[], name: string) => list.find((field) => field.name === name)!;
const at = (path: string) =>
  path.split(".").reduce<CmsField | undefined>((field, name) => {
    const list = field ? (field.fields ?? []) : fields;
    return byName(list, name);
  }, undefined)!;

/**
 * Every field path of the JSON Schema ("targetGroup.tags", "scores.virkning.level", "sources.link") with
 * its required flag, walked independently of the generator, so the two can be compared.
 */
function schemaPaths(node: JsonSchema, prefix = "", required = true): Map<string, boolean> {
  const paths = new Map<string, boolean>();
  const visit = (child: JsonSchema, path: string, isRequired: boolean) => {
    paths.set(path, isRequired);
    const inner = child.type === "array" && child.items ? child.items : child;
    // A list item exists only once added, so its own required fields are required again.
    const innerRequired = inner === child ? isRequired : true;
    if (inner.properties) for (const [p, r] of schemaPaths(inner, path, innerRequired)) paths.set(p, r);
    if (inner.anyOf)
      for (const option of inner.anyOf)
        for (const [p] of schemaPaths(option, path, false)) paths.set(p, false);
    if (inner.propertyNames?.enum && typeof inner.additionalProperties === "object") {
      for (const key of inner.propertyNames.enum.map(String)) {
        paths.set(`${path}.${key}`, false);
        for (const [p] of schemaPaths(inner.additionalProperties, `${path}.${key}`, false))
          paths.set(p, false);
      }
    }
  };
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    visit(child, path, required && (node.required?.includes(name) ?? false));
  }
  return paths;
}

function configPaths(list: readonly CmsField[], prefix = ""): Map<string, boolean> {
  const paths = new Map<string, boolean>();
  for (const field of list) {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    paths.set(path, field.required ?? true);
    for (const [p, r] of configPaths(field.fields ?? [], path)) paths.set(p, r);
  }
  return paths;
}

describe("the editor configuration generated from the schema", () => {
  it("has exactly the schema's fields, in its order, with the same required flags (plus the body)", () => {
    const expected = schemaPaths(schema);
    const actual = configPaths(fields.filter((field) => field.name !== "body"));
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    for (const [path, required] of expected) {
      expect(actual.get(path), path).toBe(required);
    }
    expect(Object.keys(schema.properties!)).toEqual(fields.slice(0, -1).map((field) => field.name));
    expect(fields.at(-1)).toMatchObject({ name: "body", widget: "markdown", editor_components: [] });
  });

  it("offers every vocabulary value with its Danish label", () => {
    expect(at("phase")).toMatchObject({
      widget: "select",
      options: Object.entries(PHASES).map(([value, { label }]) => ({ value, label })),
    });
    expect(at("targetGroup.tags")).toMatchObject({ widget: "select", multiple: true, min: 1 });
    expect(at("targetGroup.tags").options).toEqual(
      Object.entries(TARGET_GROUPS).map(([value, { label }]) => ({ value, label })),
    );
    const municipalities = at("context.municipalities").options!;
    expect(municipalities.length).toBe(98);
    expect(municipalities).toContainEqual({ value: "ringkoebing-skjern", label: "Ringkøbing-Skjern" });
  });

  it("has one optional group per element with level, rationale and basis", () => {
    const scores = at("scores");
    expect(scores.fields!.map((field) => field.name)).toEqual(Object.keys(ELEMENTS));
    const virkning = byName(scores.fields!, "virkning");
    expect(virkning).toMatchObject({ label: "Virkning", widget: "object", required: false });
    expect(virkning.fields!.map((field) => field.name)).toEqual(["level", "rationale", "basis"]);
    expect(byName(virkning.fields!, "level")).toMatchObject({
      widget: "number",
      value_type: "int",
      min: 0,
      max: 3,
    });
  });

  it("links entries with a relation widget and sources with link ids from links.toml", () => {
    expect(at("related")).toMatchObject({
      widget: "relation",
      collection: "interventions",
      value_field: "{{slug}}",
      multiple: true,
    });
    const sources = at("sources");
    expect(sources).toMatchObject({ widget: "list", min: 1, default: [] });
    expect(byName(sources.fields!, "link").options).toEqual([
      { value: "herning-ungevejen", label: "Ungevejen (herning-ungevejen)" },
      { value: "ips-ung-artikel", label: "IPS-Ung (ips-ung-artikel)" },
    ]);
  });

  it("writes dates as YYYY-MM-DD and checks lengths and patterns like the schema", () => {
    expect(at("reviewed")).toMatchObject({ widget: "datetime", format: "YYYY-MM-DD", time_format: false });
    expect(at("summary")).toMatchObject({
      widget: "text",
      pattern: [expect.any(String), expect.any(String)],
    });
    expect(at("summary").pattern![1]).toBe(
      "Skriv 40–320 tegn på én linje, uden usynlige tegn (fx kopieret fra en PDF eller Word).",
    );
    expect(at("summary").pattern![1]).toBe(`Skriv 40–320 tegn ${ONE_LINE_RULE}.`);
    expect(at("focus").pattern![1]).toBe(`Skriv 10–800 tegn, ${FORBIDDEN_RULE}.`);
    expect(new RegExp(at("period.start").pattern![0]).test("2020-02")).toBe(true);
    expect(new RegExp(at("period.start").pattern![0]).test("feb 2020")).toBe(false);
  });

  it("lets a text field take exactly what the check takes for it", () => {
    const file = readFileSync("content/interventions/alle-unge-skal-med.mdx", "utf8");
    const valid = readEntryText(file).data as Record<string, unknown>;
    const samples = [
      "Ab",
      "Abc",
      "   Abc   ",
      "  Ab  ",
      "x".repeat(39),
      ` ${"x".repeat(40)} `,
      "x".repeat(320),
      "x".repeat(321),
      "En tekst med\nlinjeskift, der er lang nok til et resumé på kortene.",
      "Titel med \u202e vendt retning",
      "Titel med \u0007 styretegn",
      "Titel med \u{E0041} tag-tegn",
      "Titel med \uFEFF BOM",
      "Titel med \u200b usynligt mellemrum",
      "Titel med\ttabulator",
      "\n  Titel med linjeskift udenom  \n",
      "Et formål med\nto linjer og\ttabulator.",
      "Et formål med\rvognretur.",
      "x".repeat(800),
      "x".repeat(801),
      "2020",
      "2020-13",
      "2020-02",
      "Молодёжь в работе",
    ];
    for (const path of [
      "title",
      "summary",
      "responsible",
      "focus",
      "targetGroup.description",
      "period.start",
    ]) {
      const pattern = new RegExp(at(path).pattern![0]);
      for (const value of samples) {
        const data = structuredClone(valid);
        const keys = path.split(".");
        let target = data;
        for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
        target[keys.at(-1)!] = value;
        const result = standaloneInterventionSchema.safeParse(data);
        const schemaOk =
          result.success || !result.error.issues.some((issue) => issue.path.join(".") === path);
        const checkOk = schemaOk && valueProblems(data).length === 0;
        expect(pattern.test(value), `${path}: ${JSON.stringify(value)}`).toBe(checkOk);
      }
    }
  });

  it("opens the entry lists sorted by title", () => {
    for (const collection of config.collections.slice(0, 2))
      expect((collection as { sortable_fields: unknown[] }).sortable_fields[0]).toEqual({
        field: "title",
        default_sort: "asc",
      });
  });

  it("picks up a field added to the schema without a change to the generator", () => {
    const extended = z.toJSONSchema(
      z.object({
        title: z.string(),
        approaches: z
          .array(z.enum(Object.keys(TARGET_GROUPS) as [string, ...string[]]))
          .describe("Tilgange."),
        newField: z.string().optional().describe("Et nyt felt."),
      }),
      { io: "input" },
    ) as JsonSchema;
    const generated = fieldsFromSchema(extended, options);
    expect(generated.map((field) => field.name)).toEqual(["title", "approaches", "newField"]);
    expect(byName(generated, "approaches")).toMatchObject({
      label: "Tilgange",
      widget: "select",
      multiple: true,
    });
    expect(byName(generated, "newField")).toMatchObject({
      widget: "string",
      required: false,
      hint: "Et nyt felt.",
    });
  });

  it("uses the editorial workflow, open authoring, the Danish locale and the local proxy", () => {
    expect(config).toMatchObject({
      locale: "da",
      publish_mode: "editorial_workflow",
      local_backend: true,
      backend: { name: "github", repo: "ejer/lovende-praksis", open_authoring: true },
    });
    expect(config.slug).toEqual({ encoding: "ascii", clean_accents: true, sanitize_replacement: "-" });
    expect(config.backend).not.toHaveProperty("base_url");
    expect(
      cmsConfig(schemas, { ...options, hints }, { ...backend, authUrl: "https://auth.example.dk" }).backend,
    ).toMatchObject({
      base_url: "https://auth.example.dk",
    });
    expect(collection).toMatchObject({ folder: "content/interventions", extension: "mdx", create: true });
  });

  it("offers the optional confirmation with a date, the unit, how, and the unit's own page", () => {
    const confirmed = at("confirmed");
    expect(confirmed).toMatchObject({
      widget: "object",
      required: false,
      label: "Bekræftet af den ansvarlige",
    });
    expect(confirmed.fields!.map((field) => field.name)).toEqual(["date", "by", "how", "link"]);
    expect(at("confirmed.date")).toMatchObject({ widget: "datetime", format: "YYYY-MM-DD" });
    expect(at("confirmed.date")).not.toHaveProperty("default");
    expect(at("reviewed")).toMatchObject({ default: "{{now}}" });
    expect(at("confirmed.how").options!.map((option) => option.value)).toEqual([
      "e-mail",
      "telefon",
      "egen-side",
    ]);
    expect(at("confirmed.link")).toMatchObject({ widget: "select" });
    expect(at("reviewed").label).toBe("Gennemgået mod kilderne");
  });

  it("shows responsible as a required field", () => {
    expect(schema.required).toContain("responsible");
    expect(at("responsible")).toMatchObject({ required: true, widget: "string" });
    expect(at("responsible").hint).toContain("ukendt");
  });

  it("names new files by the title the way npm run new does, not by Decap's accent rules", () => {
    for (const entries of [collection, governance]) {
      expect(entries).toMatchObject({ slug: `{{${SLUG_KEY}}}`, identifier_field: "title" });
    }
  });

  it("has a collection for governance examples with the governance schema's fields", () => {
    expect(governance).toMatchObject({
      name: "governance",
      folder: "content/governance",
      extension: "md",
      create: true,
    });
    const expected = schemaPaths(governanceSchema);
    const actual = configPaths(governanceFields.filter((field) => field.name !== "body"));
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    for (const [path, required] of expected) expect(actual.get(path), path).toBe(required);
    const themes = byName(governanceFields, "themes");
    expect(themes).toMatchObject({ widget: "select", multiple: true, min: 1, label: "Temaer" });
    expect(themes.options).toEqual(
      Object.entries(GOVERNANCE_THEMES).map(([value, { label }]) => ({ value, label })),
    );
    expect(byName(governanceFields, "links")).toMatchObject({ widget: "select", multiple: true });
    expect(byName(governanceFields, "links").options!.map((option) => option.value)).toEqual([
      "herning-ungevejen",
      "ips-ung-artikel",
    ]);
  });

  it("lets an editor add a link to content/links.toml, with the link schema's fields", () => {
    expect(linksCollection).toMatchObject({ name: "links", format: "lp-links" });
    const [file] = linksCollection!.files!;
    expect(file).toMatchObject({ file: "content/links.toml" });
    const list = byName(file!.fields, "links");
    expect(list.widget).toBe("list");
    expect(list.fields!.map((field) => [field.name, field.required])).toEqual([
      ["id", true],
      ["title", true],
      ["publisher", false],
      ["url", true],
      ["http", false],
      ["published", false],
    ]);
    const id = new RegExp(byName(list.fields!, "id").pattern![0]);
    expect(id.test("herning-ungevejen")).toBe(true);
    expect(id.test("Herning Ungevejen")).toBe(false);
    expect(byName(list.fields!, "http").widget).toBe("boolean");
  });

  it("gives every field a Danish label and a hint written for editors, not developers", () => {
    const everyField = (list: readonly CmsField[]): CmsField[] =>
      list.flatMap((field) => [
        field,
        ...everyField(field.fields ?? []),
        ...(field.field ? [field.field] : []),
      ]);
    const all = [
      ...everyField(fields),
      ...everyField(governanceFields),
      ...everyField(linksCollection!.files![0]!.fields),
    ];
    const jargon =
      /slug|\.ts\b|\btrue\b|\bfalse\b|[{}[\]]|yaml|frontmatter|\bid\b|links\.toml|content\/|mønsteret/i;
    for (const field of all) {
      if (field.name !== "item") expect(field.label, field.name).not.toBe(field.name);
      for (const text of [field.hint, field.pattern?.[1]]) {
        if (text !== undefined) expect(text, `${field.name}: ${text}`).not.toMatch(jargon);
      }
    }
    expect(at("context.municipalities").hint).not.toMatch(/geography/);
    expect(at("period.start").pattern![1]).toBe("Skriv et årstal som 2020 eller år og måned som 2020-02.");
  });
});
