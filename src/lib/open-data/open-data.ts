/**
 * The catalogue as open data: one JSON document, one CSV row per entry and Atom feed entries,
 * built from the same validated entries as the pages. Pure; the routes in src/pages/data/ and
 * src/pages/feed.xml.ts only load the collection and call these.
 */
import type { z } from "astro/zod";
import type { HistoryLine } from "./change-history.ts";
import type { FeedItem } from "./feed.ts";
import { csvList } from "./csv.ts";
import { isoDate } from "../site/format.ts";
import { FIGURE_WORDS, figureLine, figureText, sharedOthers } from "../site/figure-text.ts";
import { storedFigures } from "../catalogue/shared-results.ts";
import type { createInterventionSchema } from "../schema/intervention-schema.ts";
import { describeFields, interventionJsonSchema } from "../schema/json-schema.ts";
import type { LinkData } from "../schema/link-schema.ts";
import { regionsOf } from "../catalogue/places.ts";
import { CATALOGUE_CREDIT, CATALOGUE_ID, citation, PUBLICATIONS } from "../vocabulary/publications.ts";
import { editUrl } from "../site/repository.ts";
import { routes } from "../catalogue/routes.ts";
import { SITE } from "../site/site.ts";
import { ANCHORINGS } from "../vocabulary/anchoring.ts";
import { bodyWithoutNotes, type OpenDataParagraph } from "../sources/open-data.ts";
import {
  ELEMENT_KEYS,
  ELEMENTS,
  SCORE_LEVELS,
  type ElementKey,
  type ScoreLevel,
} from "../vocabulary/elements.ts";
import { assessedCount } from "../scores/scores.ts";
import { municipalityName, regionName, SCOPES } from "../vocabulary/geography.ts";
import { PHASES } from "../vocabulary/phases.ts";
import {
  AGE_LIMIT_YEARS,
  freshnessOf,
  linkDatesOf,
  type Freshness,
  type FreshnessContext,
} from "../catalogue/freshness.ts";
import { TARGET_GROUPS } from "../vocabulary/target-groups.ts";

type FileData = z.output<ReturnType<typeof createInterventionSchema<z.ZodString, z.ZodString>>>;

/**
 * An entry's validated fields, with references to other entries and links as plain ids, and with the
 * figures other entries share with it (marked `storedIn`, see src/lib/catalogue/shared-results.ts).
 */
export type InterventionData = Omit<FileData, "results"> & {
  results: (FileData["results"][number] & { storedIn?: string | undefined })[];
};

export type OpenDataEntry = {
  id: string;
  data: InterventionData;
  body?: string | undefined;
  /** The body's paragraphs with their sources (src/lib/sources/open-data.ts), read when the entry is loaded. */
  paragraphs?: OpenDataParagraph[] | undefined;
};

export type OpenDataContext = {
  /** The site's public address (Astro's `site`), for absolute URLs. */
  site: URL;
  links: Readonly<Record<string, LinkData>>;
  /** The build date (src/lib/catalogue/build-date.ts), which status texts are aged against. */
  buildDate: Date;
  /** Entry titles by id, for the entries a shared figure is also given for; ids stand in where missing. */
  titles?: Readonly<Record<string, string>>;
};

const titleIn = (context: Pick<OpenDataContext, "titles">) => (id: string) => context.titles?.[id] ?? id;

/** The entry's dates and status as of the build, from the same rule as the pages (src/lib/catalogue/freshness.ts). */
const freshnessIn = (data: InterventionData, context: OpenDataContext): Freshness =>
  freshnessOf(data, freshnessContextOf(context));

/** One freshness context per open-data context, so freshnessOf's answer for each entry is computed once. */
const freshnessContexts = new WeakMap<OpenDataContext, FreshnessContext>();
function freshnessContextOf(context: OpenDataContext): FreshnessContext {
  let freshness = freshnessContexts.get(context);
  if (!freshness || freshness.buildDate !== context.buildDate) {
    freshness = { buildDate: context.buildDate, linkDates: linkDatesOf(context.links) };
    freshnessContexts.set(context, freshness);
  }
  return freshness;
}

/** What reusers must do, in the words the catalogue's reprint permission asks for. */
export const REUSE = {
  terms:
    "Genbrug kræver tydelig kildeangivelse. Indholdet bygger på et inspirationskatalog, der må gengives med tydelig kildeangivelse, og hver indsats nævner sine øvrige kilder.",
  credit: `${SITE.name}, på grundlag af ${CATALOGUE_CREDIT}`,
  catalogue: {
    title: PUBLICATIONS[CATALOGUE_ID].title,
    credit: CATALOGUE_CREDIT,
  },
  note: "Teksterne er skrevet med egne ord. Fakta, tal, navne og links stammer fra kilderne, og vurderinger på de 11 elementer er redaktionens læsning af dem.",
} as const;

const absolute = (path: string, site: URL) => new URL(path, site).href;

export type ResolvedSource =
  | { type: "publication"; id: string; citation: string; section?: string | undefined }
  | {
      type: "link";
      id: string;
      title: string;
      url: string;
      publisher?: string | undefined;
      via?: string | undefined;
    };

export function resolveSources(data: InterventionData, links: OpenDataContext["links"]): ResolvedSource[] {
  return data.sources.map((source) => {
    if ("publication" in source) {
      return {
        type: "publication",
        id: source.publication,
        citation: citation(source.publication),
        section: source.section,
      };
    }
    const link = links[source.link];
    if (!link) throw new Error(`Unknown link id "${source.link}"; npm run check reports this.`);
    return {
      type: "link",
      id: source.link,
      title: link.title,
      url: link.url,
      publisher: link.publisher,
      via: source.via,
    };
  });
}

const sourceText = (source: ResolvedSource) =>
  source.type === "publication"
    ? `${source.citation}${source.section ? `, afsnittet »${source.section}«` : ""}`
    : `${source.title}: ${source.url}`;

/**
 * Human-readable names for the coded values of one entry; `status` as of the build date, aged or not. Its
 * figures read as on the pages, each with its period, number of young people and source
 * (src/lib/site/figure-text.ts); `id` and `context` name the entries a shared figure is also given for.
 */
export function labelsOf(
  data: InterventionData,
  freshness: Freshness,
  id = "",
  context: Pick<OpenDataContext, "titles"> = {},
) {
  return {
    phase: PHASES[data.phase].label,
    scope: SCOPES[data.context.scope].label,
    municipalities: data.context.municipalities.map(municipalityName),
    regions: regionsOf(data.context).map(regionName),
    targetGroup: data.targetGroup.tags.map((tag) => TARGET_GROUPS[tag].label),
    anchoring: data.anchoring.tags.map((tag) => ANCHORINGS[tag].label),
    status: freshness.status.text,
    scores: Object.fromEntries(
      Object.entries(data.scores).map(([element, score]) => [
        element,
        `${ELEMENTS[element as keyof typeof ELEMENTS].label}: ${SCORE_LEVELS[score!.level as ScoreLevel].label}`,
      ]),
    ),
    results: data.results.map((result) => figureLine(result, id, titleIn(context))),
  };
}

/** One entry in /data/indsatser.json: its fields as in the file (see schema.json), plus derived values. */
export function jsonEntry(entry: OpenDataEntry, context: OpenDataContext) {
  const freshness = freshnessIn(entry.data, context);
  const { confirmed } = entry.data;
  return {
    id: entry.id,
    url: absolute(routes.intervention(entry.id), context.site),
    editUrl: editUrl(entry.id),
    // The fields as in the file: a figure another entry holds and shares is not repeated here.
    data: {
      ...entry.data,
      results: storedFigures(entry.data.results),
      reviewed: isoDate(entry.data.reviewed),
      ...(confirmed ? { confirmed: { ...confirmed, date: isoDate(confirmed.date) } } : {}),
    },
    labels: labelsOf(entry.data, freshness, entry.id, context),
    dates: datesOf(freshness),
    results: figuresJson(entry, context),
    sources: resolveSources(entry.data, context.links),
    ...(entry.body === undefined
      ? {}
      : {
          // The Markdown without note syntax, and each paragraph with the sources its notes name.
          body: bodyWithoutNotes(entry.body),
          paragraphs: entry.paragraphs ?? [],
        }),
  };
}

/** The three dates and the status as the pages say them, for the JSON. */
function datesOf(freshness: Freshness) {
  return {
    sourceDate: freshness.sourceDate.iso ?? null,
    sourceDateText: freshness.sourceDate.short,
    reviewed: freshness.reviewed.iso,
    confirmed: freshness.confirmed?.iso ?? null,
    confirmedText: freshness.confirmed?.sentence ?? null,
    statusText: freshness.status.text,
    statusAged: freshness.status.aged,
  };
}

/**
 * Every figure the entry's page shows, with the words around it: period, number of young people and source
 * as the pages say them (also when the sources leave them out), context and sharing, and the caveat's address.
 */
export function figuresJson(entry: OpenDataEntry, context: OpenDataContext) {
  const titleOf = titleIn(context);
  return entry.data.results.map((result) => {
    const text = figureText(result, entry.id, titleOf);
    return {
      value: result.value,
      unit: result.unit,
      qualifier: result.qualifier ?? null,
      valueText: text.value,
      measure: result.measure,
      kind: result.kind ?? null,
      scope: result.scope ?? null,
      contextText: text.context ?? null,
      period: result.period ?? null,
      periodText: text.period,
      participants: result.participants ?? null,
      participantsText: text.participants ?? null,
      source: result.source,
      sourceText: text.source,
      storedIn: result.storedIn ?? entry.id,
      sharedWith: sharedOthers(result, entry.id),
      sharedText: text.shared ?? null,
      text: figureLine(result, entry.id, titleOf),
      caveat: absolute(routes.resultsCaveat(), context.site),
    };
  });
}

export function datasetJson(entries: readonly OpenDataEntry[], context: OpenDataContext) {
  return {
    title: `${SITE.name}: ${SITE.tagline}`,
    description: SITE.description,
    buildDate: isoDate(context.buildDate),
    url: absolute(routes.data(), context.site),
    schema: absolute(routes.dataSchema(), context.site),
    count: entries.length,
    attribution: REUSE,
    resultsCaveat: { text: FIGURE_WORDS.caveat, url: absolute(routes.resultsCaveat(), context.site) },
    entries: entries.map((entry) => jsonEntry(entry, context)),
  };
}

export type Column = {
  header: string;
  description: string;
  /** The schema's field paths (as describeFields() names them) whose values this column carries. */
  fields: readonly string[];
  value: (entry: OpenDataEntry, context: OpenDataContext) => string;
};

const fieldDocs = describeFields(interventionJsonSchema());
const fieldDescriptions = new Map(fieldDocs.map((field) => [field.path, field.description ?? ""]));

/** A value as one cell: lists joined with |, dates as ÅÅÅÅ-MM-DD, nothing as an empty cell. */
function cellText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (value instanceof Date) return isoDate(value);
  if (Array.isArray(value)) return csvList(value.map(cellText));
  return String(value);
}

/** The value at a plain dotted path ("targetGroup.age.min") of an entry's fields. */
function valueAt(data: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined,
      data,
    );
}

/** A column for one field of the file, named and described by the schema. */
const field = (path: string): Column => ({
  header: path,
  description: fieldDescriptions.get(path) ?? "",
  fields: [path],
  value: (entry) => cellText(valueAt(entry.data, path)),
});

const derived = (
  header: string,
  description: string,
  value: Column["value"],
  fields: readonly string[] = [],
): Column => ({ header, description, fields, value });

const basisText = (basis: InterventionData["scores"][ElementKey] & object, links: OpenDataContext["links"]) =>
  csvList(
    basis.basis.map((item) =>
      "publication" in item
        ? `${item.publication}${item.section ? `: ${item.section}` : ""}`
        : `${item.link}: ${links[item.link]?.url ?? ""}`,
    ),
  );

/** Level, rationale and basis of one element, empty when the element is not assessed. */
function scoreColumns(key: ElementKey): Column[] {
  const label = ELEMENTS[key].label;
  const score = (entry: OpenDataEntry) => entry.data.scores[key];
  return [
    derived(
      `scores.${key}.level`,
      `${label}: niveau 0–3; tom, hvis elementet ikke er vurderet.`,
      (entry) => (score(entry) === undefined ? "" : String(score(entry)!.level)),
      ["scores.<element>.level"],
    ),
    derived(
      `scores.${key}.rationale`,
      `${label}: begrundelsen for niveauet.`,
      (entry) => score(entry)?.rationale ?? "",
      ["scores.<element>.rationale"],
    ),
    derived(
      `scores.${key}.basis`,
      `${label}: grundlaget som publikation: afsnit eller link-id: adresse.`,
      (entry, context) => {
        const found = score(entry);
        return found ? basisText(found, context.links) : "";
      },
      [
        "scores.<element>.basis",
        "scores.<element>.basis[].publication",
        "scores.<element>.basis[].section",
        "scores.<element>.basis[].link",
      ],
    ),
  ];
}

/** Every schema path at or below `path`, for a column that writes a whole list of objects as text. */
const under = (path: string) =>
  fieldDocs
    .map((doc) => doc.path)
    .filter((other) => other === path || other.startsWith(`${path}.`) || other.startsWith(`${path}[]`));

/**
 * Fields a single cell cannot hold as they are (lists of objects, one object per element): each gets
 * columns of its own, which name the schema paths they carry.
 */
const STRUCTURED: Readonly<Record<string, readonly Column[]>> = {
  approaches: [
    derived(
      "approaches",
      "Tilgangene som tilgang:kendt-fra, hvor kendt-fra er katalog eller redaktionen.",
      (entry) => csvList(entry.data.approaches.map((tag) => `${tag.id}:${tag.known}`)),
      under("approaches"),
    ),
  ],
  scores: [
    derived(
      "assessedElements",
      "Antal af de 11 elementer, der er vurderet. Der er ingen samlet score.",
      (entry) => String(assessedCount(entry.data.scores)),
      ["scores"],
    ),
    ...ELEMENT_KEYS.flatMap(scoreColumns),
  ],
  results: [
    derived(
      "results",
      "Resultattal som tekst, som siderne viser dem: tal, hvad der måles, periode (eller »periode ikke oplyst«), antal unge (eller »antal unge ikke oplyst«), kilde, og om tallet er et konteksttal eller delt med en anden indsats. Også tal, en anden indsats deler med denne.",
      (entry, context) => csvList(labels(entry, context).results),
      under("results"),
    ),
    derived(
      "resultsCaveat",
      "Adressen på forbeholdet for resultattal; tom, når indsatsen ingen tal har.",
      (entry, context) =>
        entry.data.results.length > 0 ? absolute(routes.resultsCaveat(), context.site) : "",
    ),
  ],
  sourceExceptions: [
    derived(
      "sourceExceptions",
      "Undtagelser fra kildetjekket som regel: »citat« – begrundelse.",
      (entry) =>
        csvList(
          entry.data.sourceExceptions.map(
            (exception) => `${exception.rule}: »${exception.quote}« – ${exception.reason}`,
          ),
        ),
      under("sourceExceptions"),
    ),
  ],
  sources: [
    derived(
      "sources",
      "Kilderne: publikationer med afsnit og links som titel: adresse.",
      (entry, context) => csvList(resolveSources(entry.data, context.links).map(sourceText)),
      under("sources"),
    ),
  ],
};

const labels = (entry: OpenDataEntry, context: OpenDataContext) =>
  labelsOf(entry.data, freshnessIn(entry.data, context), entry.id, context);

/** Readable names and what the pages say of a field, placed right after the coded field. */
const NAMES_AFTER: Readonly<Record<string, readonly Column[]>> = {
  phase: [derived("phaseLabel", "Fasens navn.", (entry, context) => labels(entry, context).phase)],
  "context.municipalities": [
    derived("municipalityNames", "Kommunernes navne.", (entry, context) =>
      csvList(labels(entry, context).municipalities),
    ),
  ],
  "context.regions": [
    derived("regionNames", "Regionerne, nævnt direkte eller udledt af kommunerne.", (entry, context) =>
      csvList(labels(entry, context).regions),
    ),
  ],
  "targetGroup.tags": [
    derived("targetGroupLabels", "Målgruppe-tagsenes navne.", (entry, context) =>
      csvList(labels(entry, context).targetGroup),
    ),
  ],
  status: [
    derived(
      "statusText",
      `Status, som siderne viser den på byggedatoen: »I gang« bliver til »I gang ifølge kilder fra <år> – ikke bekræftet siden«, når ingen kilde og ingen bekræftelse er fra de seneste ${AGE_LIMIT_YEARS} år.`,
      (entry, context) => freshnessIn(entry.data, context).status.text,
    ),
    derived(
      "statusAged",
      "true, når status »I gang« er forældet efter reglen ovenfor; ellers false.",
      (entry, context) => String(freshnessIn(entry.data, context).status.aged),
    ),
  ],
  related: [
    derived(
      "sourceDate",
      "Kildernes dato: den nyeste dato, en kilde selv oplyser, som ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD; tom, når ingen kilde er dateret.",
      (entry, context) => freshnessIn(entry.data, context).sourceDate.iso ?? "",
    ),
    derived(
      "sourceDateText",
      "Kildernes dato i ord, fx »juni 2022«, eller »udateret«.",
      (entry, context) => freshnessIn(entry.data, context).sourceDate.short,
    ),
  ],
  "anchoring.tags": [
    derived("anchoringLabels", "Forankrings-tagsenes navne.", (entry, context) =>
      csvList(labels(entry, context).anchoring),
    ),
  ],
};

/**
 * The CSV's columns, generated from the schema's fields in schema order: a plain field (text, number,
 * true/false, date, list of values) gets a column of its own named by its path; the fields in STRUCTURED
 * get theirs; readable names follow their codes. `uncovered` lists the fields no column carries: a new
 * list of objects in the schema lands there until it gets columns, and a unit test fails on it.
 */
export function csvColumnsFor(fields: readonly { path: string }[]): {
  columns: Column[];
  uncovered: string[];
} {
  const columns: Column[] = [
    derived("id", "Filnavnet uden .mdx; også sidste del af sidens adresse.", (entry) => entry.id),
    derived("url", "Indsatsens side på sitet.", (entry, context) =>
      absolute(routes.intervention(entry.id), context.site),
    ),
  ];
  const paths = fields.map((doc) => doc.path);
  const hasChildren = (path: string) =>
    paths.some((other) => other.startsWith(`${path}.`) || other.startsWith(`${path}[]`));
  const structuredRoot = (path: string) =>
    Object.keys(STRUCTURED).find(
      (root) => path === root || path.startsWith(`${root}.`) || path.startsWith(`${root}[]`),
    );
  const uncovered: string[] = [];
  for (const path of paths) {
    const root = structuredRoot(path);
    if (root) {
      if (root === path) columns.push(...STRUCTURED[root]!);
      if (!STRUCTURED[root]!.some((column) => column.fields.includes(path))) uncovered.push(path);
      continue;
    }
    // An object's fields get columns of their own; a list of objects or a map needs STRUCTURED.
    if (hasChildren(path)) continue;
    if (path.includes("[]") || path.includes("<element>")) {
      uncovered.push(path);
      continue;
    }
    columns.push(field(path), ...(NAMES_AFTER[path] ?? []));
  }
  return { columns, uncovered };
}

/** The CSV's columns in order. Headers are the JSON field paths; list cells are joined with "|". */
export const CSV_COLUMNS: readonly Column[] = csvColumnsFor(fieldDocs).columns;

export function csvRows(entries: readonly OpenDataEntry[], context: OpenDataContext): string[][] {
  return [
    CSV_COLUMNS.map((column) => column.header),
    ...entries.map((entry) => CSV_COLUMNS.map((column) => column.value(entry, context))),
  ];
}

/**
 * Feed entries, one per intervention, updated when its content last changed (`lastChanged`, from git) or
 * when it was last reviewed, whichever is later.
 */
export function feedEntries(
  entries: readonly OpenDataEntry[],
  site: URL,
  lastChanged: (id: string) => Date | undefined = () => undefined,
): FeedItem[] {
  return entries.map((entry) => {
    const url = absolute(routes.intervention(entry.id), site);
    const changed = lastChanged(entry.id);
    return {
      id: url,
      url,
      title: entry.data.title,
      updated: changed && changed > entry.data.reviewed ? changed : entry.data.reviewed,
      summary: entry.data.summary,
    };
  });
}

/**
 * One feed entry per status change and confirmation (src/lib/open-data/change-history.ts), so subscribers see the
 * catalogue move: "Mod til Uddannelse: Status ændret fra »I gang ifølge kilderne« til »Afsluttet«".
 */
export function feedEventEntries(
  entries: readonly OpenDataEntry[],
  site: URL,
  eventsOf: (entry: OpenDataEntry) => readonly HistoryLine[],
): FeedItem[] {
  return entries.flatMap((entry) => {
    const url = absolute(routes.intervention(entry.id), site);
    return eventsOf(entry).map((line) => ({
      id: `${url}#${line.key}`,
      url,
      title: `${entry.data.title}: ${line.text}`,
      updated: line.date,
      summary: `${line.text}. ${entry.data.summary}`,
    }));
  });
}
