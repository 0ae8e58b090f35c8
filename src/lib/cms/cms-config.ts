/**
 * The configuration of the browser editor at /admin/ (Decap CMS), generated from the JSON Schema of the
 * zod schema the build validates with. Fields, required flags, hints, patterns and the values of every
 * select come from the schema and the vocabularies; nobody edits the configuration by hand. A field
 * another branch adds to the schema appears in the editor without a change here (its label falls back
 * to its name until FIELD_LABELS names it).
 */
import { PATTERN_MESSAGES, LINKS_LABEL, type Hints } from "./cms-hints.ts";
import { SLUG_KEY } from "./cms-format.ts";
import type { JsonSchema } from "../schema/json-schema.ts";
import { SLUG_PATTERN } from "../content/slug.ts";
import type { VocabularyDoc } from "../vocabulary/vocabularies.ts";
import type { BackendSettings } from "../site/cms-settings.ts";
import { TEXT_KIND_FORBIDDEN, type TextKind } from "../schema/text-fields.ts";
import { characterAlternation, READER_FORBIDDEN } from "../schema/text-rules.ts";

export type CmsOption = { label: string; value: string };

export type CmsField = {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: CmsOption[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: "int" | "float";
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  format?: string;
  date_format?: string;
  time_format?: boolean;
  [key: string]: unknown;
};

/** Danish labels by field path ("targetGroup.tags", "results.value"); list items share their list's path. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  title: "Titel",
  summary: "Resumé",
  context: "Hvor indsatsen kører",
  "context.scope": "Rækkevidde",
  "context.municipalities": "Kommuner",
  "context.regions": "Regioner",
  "context.organisation": "Organisation",
  "context.note": "Note om stedet",
  responsible: "Ansvarlig",
  contact: "Kontakt",
  focus: "Formål",
  targetGroup: "Målgruppe",
  "targetGroup.description": "Beskrivelse af målgruppen",
  "targetGroup.tags": "Målgruppe-tags",
  "targetGroup.age": "Alder",
  "targetGroup.age.min": "Yngste alder",
  "targetGroup.age.max": "Ældste alder",
  anchoring: "Forankring",
  "anchoring.tags": "Forankrings-tags",
  "anchoring.organisations": "Organisationer",
  "anchoring.note": "Note om forankringen",
  phase: "Fase",
  approaches: "Tilgange",
  "approaches.id": "Tilgang",
  "approaches.known": "Hvorfra tilgangen kendes",
  "approaches.section": "Eksemplet i Marselisborg-kataloget (ved known: katalog)",
  sourceExceptions: "Undtagelser fra kildetjekket",
  "sourceExceptions.rule": "Regel",
  "sourceExceptions.quote": "Citat fra påstanden",
  "sourceExceptions.reason": "Begrundelse",
  scores: "Vurdering på de 11 elementer",
  level: "Niveau (0–3)",
  rationale: "Begrundelse",
  basis: "Grundlag",
  results: "Resultater",
  "results.value": "Tal",
  "results.unit": "Enhed",
  "results.qualifier": "Ord foran tallet",
  "results.kind": "Slags tal",
  "results.measure": "Hvad tallet måler",
  "results.period": "Periode",
  "results.participants": "Antal deltagere",
  "results.source": "Kilde",
  "results.scope": "Konteksttal?",
  "results.sharedWith": "Samme tal gælder også for",
  period: "Periode",
  "period.start": "Start",
  "period.end": "Slut",
  "period.note": "Note om perioden",
  status: "Status",
  sources: "Kilder",
  publication: "Publikation",
  section: "Afsnit",
  link: "Link",
  via: "Henvist fra publikation",
  case: "Uddybende case",
  related: "Beslægtede indsatser",
  reviewed: "Gennemgået mod kilderne",
  confirmed: "Bekræftet af den ansvarlige",
  "confirmed.date": "Dato for bekræftelsen",
  "confirmed.by": "Bekræftet af (enhed eller rolle)",
  "confirmed.how": "Hvordan enheden bekræftede",
  "confirmed.link": "Enhedens egen side",
  // Governance examples
  municipalities: "Kommuner",
  organisation: "Organisation",
  themes: "Temaer",
  links: "Links",
  // Links
  id: "Kortnavn",
  publisher: "Udgiver",
  url: "Adresse",
  http: "Tillad http:// (siden findes ikke med https://)",
  published: "Sidens egen dato",
};

/** Strings at least this long (minLength) are edited in a multi-line text area. */
const TEXT_AREA_MIN_LENGTH = 10;

export type GenerateOptions = {
  /** The controlled vocabularies with Danish labels; a select whose values match one uses its labels. */
  vocabularies: readonly VocabularyDoc[];
  /** content/links.toml as id → title, for every field that takes a link id. */
  links: Readonly<Record<string, string>>;
  /** The name of the collection `x-ref: "intervention"` fields point to. */
  interventionCollection: string;
  /** Editors' hints by field path (src/lib/cms/cms-hints.ts); a field not named falls back to the schema's text. */
  hints?: Hints;
};

/** The Decap fields for an object schema's properties, in schema order. */
export function fieldsFromSchema(
  schema: JsonSchema,
  options: GenerateOptions,
  path = "",
  required = true,
): CmsField[] {
  return Object.entries(schema.properties ?? {}).map(([name, property]) =>
    fieldFromSchema(name, property, options, {
      path: path ? `${path}.${name}` : name,
      required: required && (schema.required?.includes(name) ?? false),
    }),
  );
}

type Place = { path: string; required: boolean };

function labelFor(path: string, name: string): string {
  return FIELD_LABELS[path] ?? FIELD_LABELS[name] ?? name;
}

function fieldFromSchema(name: string, schema: JsonSchema, options: GenerateOptions, place: Place): CmsField {
  const base: CmsField = {
    name,
    label: labelFor(place.path, name),
    widget: "string",
    required: place.required,
  };
  const hint = options.hints?.[place.path] ?? schema.description;
  if (hint) base.hint = hint;
  const widget = widgetFor(schema, options, place);
  const field: CmsField = { ...base, ...widget };
  if (schema.default !== undefined && field.default === undefined && isSimple(schema.default))
    field.default = schema.default;
  return field;
}

const isSimple = (value: unknown) =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean";

function widgetFor(schema: JsonSchema, options: GenerateOptions, place: Place): Partial<CmsField> {
  const ref = schema["x-ref"];
  if (ref === "link") return select(Object.keys(options.links), options, options.links);
  if (ref === "intervention") return relation(options, false);
  if (schema.enum) return select(schema.enum.map(String), options);
  if (schema.anyOf) return { widget: "object", fields: mergeAlternatives(schema.anyOf, options, place.path) };
  switch (schema.type) {
    case "string":
      if (schema.format === "date") return dateField(place.required);
      return stringField(schema);
    case "integer":
    case "number":
      return numberField(schema);
    case "boolean":
      return { widget: "boolean" };
    case "array":
      return arrayField(schema, options, place);
    case "object":
      return objectField(schema, options, place);
    default:
      return {};
  }
}

/** The rule of every other text field: the reader refuses these characters in any value. */
export const FORBIDDEN_RULE = "uden usynlige styretegn (fx kopieret fra en PDF)";

/** What a text field may not hold, as a RegExp alternative (computed once per kind). */
const forbiddenSources = new Map<TextKind | "any", string>();
function forbiddenSource(kind: TextKind | "any"): string {
  let source = forbiddenSources.get(kind);
  if (source === undefined) {
    const extra = kind === "any" ? undefined : TEXT_KIND_FORBIDDEN[kind];
    source = characterAlternation(extra ? [...READER_FORBIDDEN, extra] : READER_FORBIDDEN);
    forbiddenSources.set(kind, source);
  }
  return source;
}

/**
 * The field's rules as one pattern for Decap (a RegExp without flags, tested on blur and before saving),
 * as the schema applies them: the text is trimmed first; what is left has the schema's length, no
 * character the reader refuses (src/lib/schema/text-rules.ts) and none its kind refuses (`x-text`: a
 * one-line text no line break, tab or invisible format character; src/lib/schema/text-fields.ts); and the
 * whole value matches the schema's own pattern. The message says every rule the pattern tests.
 */
export function textPattern(schema: JsonSchema): [string, string] {
  const kind = schema["x-text"] === "line" || schema["x-text"] === "paragraph" ? schema["x-text"] : "any";
  const forbidden = `(?!${forbiddenSource(kind)})`;
  const visible = `${forbidden}\\S`;
  const any = `${forbidden}[\\s\\S]`;
  const messages: string[] = [];
  let head = "";
  if (schema.pattern) {
    head = `(?=${schema.pattern})`;
    messages.push(PATTERN_MESSAGES[schema.pattern] ?? "Skriv det som beskrevet under feltet.");
  }
  const min = schema.minLength ?? 0;
  const max = schema.maxLength;
  const upTo = (n: number | undefined) => (n === undefined ? "*" : `{0,${Math.max(0, n)}}`);
  let core: string;
  if (min >= 2) core = `${visible}(?:${any}){${min - 2},${max === undefined ? "" : max - 2}}${visible}`;
  else {
    const some = `${visible}(?:(?:${any})${upTo(max === undefined ? undefined : max - 2)}${visible})?`;
    core = min === 1 ? some : `(?:${some})?`;
  }
  const length =
    min > 0 || max !== undefined
      ? max === undefined
        ? `Skriv mindst ${min} tegn`
        : min > 0
          ? `Skriv ${min}–${max} tegn`
          : `Skriv højst ${max} tegn`
      : "Skriv teksten";
  // A field with its own pattern (a year) and no length: the pattern's message says what to write.
  if (!(schema.pattern && min === 0 && max === undefined))
    messages.push(`${length} ${kind === "line" ? ONE_LINE_RULE : `, ${FORBIDDEN_RULE}`}.`.replace(" ,", ","));
  return [`^${head}\\s*${core}\\s*$`, messages.join(" ")];
}

/** The rule of a one-line field, in the words of its message ("Skriv 3–120 tegn på én linje, …"). */
export const ONE_LINE_RULE = "på én linje, uden usynlige tegn (fx kopieret fra en PDF eller Word)";

function stringField(schema: JsonSchema): Partial<CmsField> {
  const long = (schema.minLength ?? 0) >= TEXT_AREA_MIN_LENGTH || (schema.maxLength ?? 0) > 160;
  return { widget: long ? "text" : "string", pattern: textPattern(schema) };
}

/** Numbers with the schema's bounds; "more than 0" for a whole number is "at least 1". */
function numberField(schema: JsonSchema): Partial<CmsField> {
  const integer = schema.type === "integer";
  const exclusive = typeof schema["exclusiveMinimum"] === "number" ? schema["exclusiveMinimum"] : undefined;
  const min = exclusive !== undefined && integer ? exclusive + 1 : schema.minimum;
  // JavaScript's largest safe integer says "no upper bound" in zod's JSON Schema.
  const max =
    schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER ? schema.maximum : undefined;
  return {
    widget: "number",
    value_type: integer ? "int" : "float",
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
  };
}

/** A date; a required one starts at today, an optional one (confirmed.date) empty, so nothing is filled in unasked. */
function dateField(required: boolean): Partial<CmsField> {
  return {
    widget: "datetime",
    format: "YYYY-MM-DD",
    date_format: "YYYY-MM-DD",
    time_format: false,
    ...(required ? { default: "{{now}}" } : {}),
  };
}

function labelsFor(values: readonly string[], options: GenerateOptions): Map<string, string> {
  const wanted = [...values].sort().join("\n");
  const vocabulary = options.vocabularies.find(
    (candidate) =>
      candidate.values
        .map((entry) => entry.value)
        .sort()
        .join("\n") === wanted,
  );
  return new Map(vocabulary?.values.map((entry) => [entry.value, entry.label]));
}

function select(
  values: readonly string[],
  options: GenerateOptions,
  labels: Readonly<Record<string, string>> = {},
): Partial<CmsField> {
  const vocabularyLabels = labelsFor(values, options);
  return {
    widget: "select",
    options: values.map((value) => {
      const label = labels[value] ?? vocabularyLabels.get(value);
      // A label that is only a symbol ("%") or empty ("antal") reads better with its value.
      return {
        value,
        label: label && /\p{L}{2}/u.test(label) ? label : label ? `${value} (${label})` : value,
      };
    }),
  };
}

function relation(options: GenerateOptions, multiple: boolean): Partial<CmsField> {
  return {
    widget: "relation",
    collection: options.interventionCollection,
    value_field: "{{slug}}",
    search_fields: ["title"],
    display_fields: ["title"],
    multiple,
  };
}

function arrayField(schema: JsonSchema, options: GenerateOptions, place: Place): Partial<CmsField> {
  const items = schema.items ?? {};
  const bounds = {
    ...(schema.minItems !== undefined ? { min: schema.minItems } : {}),
    ...(schema.maxItems !== undefined ? { max: schema.maxItems as number } : {}),
  };
  if (items["x-ref"] === "intervention") return { ...relation(options, true), ...bounds };
  if (items.enum || items["x-ref"] === "link") {
    return { ...widgetFor(items, options, place), multiple: true, ...bounds };
  }
  const itemPlace = { path: place.path, required: true };
  // Decap starts a list of objects with one empty item unless its default is an empty list.
  const empty = { default: [] };
  if (items.type === "object" && items.properties) {
    return {
      widget: "list",
      fields: fieldsFromSchema(items, options, place.path),
      collapsed: true,
      ...empty,
      ...bounds,
    };
  }
  if (items.anyOf) {
    return {
      widget: "list",
      fields: mergeAlternatives(items.anyOf, options, place.path),
      collapsed: true,
      ...empty,
      ...bounds,
    };
  }
  const item = fieldFromSchema("item", items, options, itemPlace);
  return { widget: "list", field: { ...item, label: labelFor(place.path, "item") }, ...empty, ...bounds };
}

function objectField(schema: JsonSchema, options: GenerateOptions, place: Place): Partial<CmsField> {
  if (schema.properties) {
    return {
      widget: "object",
      collapsed: !place.required,
      fields: fieldsFromSchema(schema, options, place.path, place.required),
    };
  }
  // A record keyed by a vocabulary (scores: one optional object per element).
  const keys = schema.propertyNames?.enum?.map(String) ?? [];
  const value = typeof schema.additionalProperties === "object" ? schema.additionalProperties : {};
  const labels = labelsFor(keys, options);
  return {
    widget: "object",
    collapsed: true,
    fields: keys.map((key) => ({
      ...fieldFromSchema(key, value, options, { path: `${place.path}.${key}`, required: false }),
      label: labels.get(key) ?? key,
      widget: "object",
      collapsed: true,
      required: false,
      fields: fieldsFromSchema(value, options, place.path, false),
    })),
  };
}

/**
 * One object field for a union such as "{ publication, section } or { link }": every alternative's fields,
 * all optional; the check on the pull request enforces which combinations are allowed.
 */
function mergeAlternatives(alternatives: JsonSchema[], options: GenerateOptions, path: string): CmsField[] {
  const merged = new Map<string, CmsField>();
  for (const alternative of alternatives) {
    for (const field of fieldsFromSchema(alternative, options, path, false)) {
      if (!merged.has(field.name)) merged.set(field.name, field);
    }
  }
  return [...merged.values()];
}

/** Where the interventions live. */
export const INTERVENTION_COLLECTION = {
  name: "interventions",
  label: "Indsatser",
  label_singular: "Indsats",
  folder: "content/interventions",
  extension: "mdx",
} as const;

/** Where the governance and collaboration examples live. */
export const GOVERNANCE_COLLECTION = {
  name: "governance",
  label: "Styring og samarbejde",
  label_singular: "Eksempel",
  folder: "content/governance",
  extension: "md",
} as const;

/** The links registry, edited as one list in one file. */
export const LINKS_COLLECTION = {
  name: "links",
  label: LINKS_LABEL,
  file: "content/links.toml",
} as const;

/** The names under which /admin/ registers the formats of src/lib/cms/cms-format.ts, one per collection. */
export const CMS_FORMAT = "lp-frontmatter";
export const GOVERNANCE_FORMAT = "lp-governance";
export const LINKS_FORMAT = "lp-links";

/** The schemas the editor's collections are generated from. */
export type CmsSchemas = { interventions: JsonSchema; governance: JsonSchema; links: JsonSchema };

/** The hints for each collection (src/lib/cms/cms-hints.ts). */
export type CmsHints = { interventions: Hints; governance: Hints; links: Hints };

const BODY_FIELD: CmsField = {
  name: "body",
  label: "Brødtekst",
  widget: "markdown",
  hint: "Brug knapperne til fed og kursiv, links, overskrifter, lister og citater. Billeder og indlejret indhold kan ikke bruges.",
  buttons: [
    "bold",
    "italic",
    "link",
    "heading-two",
    "heading-three",
    "bulleted-list",
    "numbered-list",
    "quote",
  ],
  editor_components: [],
  modes: ["rich_text", "raw"],
  sanitize_preview: true,
};

/**
 * A folder collection of Markdown entries with frontmatter. New files are named by the title the way
 * `npm run new` names them (src/lib/content/slug.ts, å → aa): /admin/ puts that name in SLUG_KEY before saving,
 * because Decap's own slug rules turn å into a.
 */
function entryCollection(
  collection: typeof INTERVENTION_COLLECTION | typeof GOVERNANCE_COLLECTION,
  format: string,
  fields: CmsField[],
) {
  return {
    ...collection,
    format,
    create: true,
    delete: false,
    identifier_field: "title",
    slug: `{{${SLUG_KEY}}}`,
    summary: "{{title}}",
    // The list opens sorted by title (an editor's own choice of sorting, which Decap remembers, wins).
    sortable_fields: [{ field: "title", default_sort: "asc" }, "reviewed"],
    editor: { preview: false },
    fields: [...fields, BODY_FIELD],
  };
}

/** The links file as one list; each item is a link's id plus the fields of the link schema. */
function linksCollection(schema: JsonSchema, options: GenerateOptions) {
  const id: CmsField = {
    name: "id",
    label: FIELD_LABELS["id"]!,
    widget: "string",
    required: true,
    ...(options.hints?.["id"] ? { hint: options.hints["id"] } : {}),
    pattern: [SLUG_PATTERN.source, "Brug små bogstaver a–z, tal og bindestreger, fx herning-ungevejen."],
  };
  return {
    name: LINKS_COLLECTION.name,
    label: LINKS_COLLECTION.label,
    format: LINKS_FORMAT,
    delete: false,
    editor: { preview: false },
    files: [
      {
        name: LINKS_COLLECTION.name,
        label: "Links til kilder på nettet",
        file: LINKS_COLLECTION.file,
        fields: [
          {
            name: "links",
            label: LINKS_COLLECTION.label,
            label_singular: "link",
            widget: "list",
            hint: "Tilføj et nyt link nederst. Slet ikke et link, som indsatser bruger: kontrollen af udkastet afviser det.",
            collapsed: true,
            summary: "{{fields.title}} ({{fields.id}})",
            fields: [id, ...fieldsFromSchema(schema, options)],
          },
        ],
      },
    ],
  };
}

/** The whole Decap configuration. */
export function cmsConfig(
  schemas: CmsSchemas,
  options: Omit<GenerateOptions, "hints"> & { hints: CmsHints },
  backend: BackendSettings,
) {
  const withHints = (hints: Hints): GenerateOptions => ({ ...options, hints });
  return {
    load_config_file: false,
    locale: "da",
    backend: {
      name: "github",
      repo: backend.repo,
      branch: backend.branch,
      ...(backend.authUrl ? { base_url: backend.authUrl } : {}),
      open_authoring: true,
      squash_merges: true,
    },
    // On localhost, `npm run admin` starts decap-server (MODE=git): drafts become local branches.
    local_backend: true,
    publish_mode: "editorial_workflow",
    site_url: backend.siteUrl,
    display_url: backend.siteUrl,
    show_preview_links: false,
    // File names a–z, digits and hyphens, as the check requires (the name itself comes from SLUG_KEY).
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    // Required by Decap; the content model has no images, so nothing is ever written here.
    media_folder: "public/uploads",
    collections: [
      entryCollection(
        INTERVENTION_COLLECTION,
        CMS_FORMAT,
        fieldsFromSchema(schemas.interventions, withHints(options.hints.interventions)),
      ),
      entryCollection(
        GOVERNANCE_COLLECTION,
        GOVERNANCE_FORMAT,
        fieldsFromSchema(schemas.governance, withHints(options.hints.governance)),
      ),
      linksCollection(schemas.links, withHints(options.hints.links)),
    ],
  };
}

/** "owner/name" from a GitHub repository URL, or undefined for anything else. */
