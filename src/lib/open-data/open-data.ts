/**
 * The catalogue as open data: one JSON document, one CSV row per entry and Atom feed entries,
 * built from the same validated entries as the pages. Pure; the routes in src/pages/data/ and
 * src/pages/feed.xml.ts only load the collection and call these.
 */
import type { z } from "astro/zod";
import type { HistoryLine } from "./change-history.ts";
import type { FeedItem } from "./feed.ts";
import { csvList } from "./csv.ts";
import { formatResultValue, isoDate } from "../site/format.ts";
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
import { AGE_LIMIT_YEARS, freshnessOf, linkDatesOf, type Freshness } from "../catalogue/freshness.ts";
import { TARGET_GROUPS } from "../vocabulary/target-groups.ts";

/** An entry's validated fields, with references to other entries and links as plain ids. */
export type InterventionData = z.output<
  ReturnType<typeof createInterventionSchema<z.ZodString, z.ZodString>>
>;

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
};

/** The entry's dates and status as of the build, from the same rule as the pages (src/lib/catalogue/freshness.ts). */
const freshnessIn = (data: InterventionData, context: OpenDataContext): Freshness =>
  freshnessOf(data, { buildDate: context.buildDate, linkDates: linkDatesOf(context.links) });

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

const resultText = (result: InterventionData["results"][number]) =>
  `${formatResultValue(result.value, result.unit, result.qualifier)} ${result.measure}${result.period ? ` (${result.period})` : ""}`.replace(
    /\s+/g,
    " ",
  );

const sourceText = (source: ResolvedSource) =>
  source.type === "publication"
    ? `${source.citation}${source.section ? `, afsnittet »${source.section}«` : ""}`
    : `${source.title}: ${source.url}`;

/** Human-readable names for the coded values of one entry; `status` as of the build date, aged or not. */
export function labelsOf(data: InterventionData, freshness: Freshness) {
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
    results: data.results.map(resultText),
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
    data: {
      ...entry.data,
      reviewed: isoDate(entry.data.reviewed),
      ...(confirmed ? { confirmed: { ...confirmed, date: isoDate(confirmed.date) } } : {}),
    },
    labels: labelsOf(entry.data, freshness),
    dates: datesOf(freshness),
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

export function datasetJson(entries: readonly OpenDataEntry[], context: OpenDataContext) {
  return {
    title: `${SITE.name}: ${SITE.tagline}`,
    description: SITE.description,
    buildDate: isoDate(context.buildDate),
    url: absolute(routes.data(), context.site),
    schema: absolute(routes.dataSchema(), context.site),
    count: entries.length,
    attribution: REUSE,
    entries: entries.map((entry) => jsonEntry(entry, context)),
  };
}

type Column = {
  header: string;
  description: string;
  value: (entry: OpenDataEntry, context: OpenDataContext) => string;
};

const fieldDescriptions = new Map(
  describeFields(interventionJsonSchema()).map((field) => [field.path, field.description ?? ""]),
);

/** A column that is a field of the file, described by the schema itself. */
const field = (
  path: string,
  value: (data: InterventionData) => string | number | boolean | undefined,
): Column => ({
  header: path,
  description: fieldDescriptions.get(path) ?? "",
  value: (entry) => {
    const result = value(entry.data);
    return result === undefined ? "" : String(result);
  },
});

const derived = (header: string, description: string, value: Column["value"]): Column => ({
  header,
  description,
  value,
});

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
    derived(`scores.${key}.level`, `${label}: niveau 0–3; tom, hvis elementet ikke er vurderet.`, (entry) =>
      score(entry) === undefined ? "" : String(score(entry)!.level),
    ),
    derived(
      `scores.${key}.rationale`,
      `${label}: begrundelsen for niveauet.`,
      (entry) => score(entry)?.rationale ?? "",
    ),
    derived(
      `scores.${key}.basis`,
      `${label}: grundlaget som publikation: afsnit eller link-id: adresse.`,
      (entry, context) => {
        const found = score(entry);
        return found ? basisText(found, context.links) : "";
      },
    ),
  ];
}

const labels = (entry: OpenDataEntry, context: OpenDataContext) =>
  labelsOf(entry.data, freshnessIn(entry.data, context));

/** The CSV's columns in order. Headers are the JSON field paths; list cells are joined with "|". */
export const CSV_COLUMNS: readonly Column[] = [
  derived("id", "Filnavnet uden .mdx; også sidste del af sidens adresse.", (entry) => entry.id),
  derived("url", "Indsatsens side på sitet.", (entry, context) =>
    absolute(routes.intervention(entry.id), context.site),
  ),
  field("title", (data) => data.title),
  field("summary", (data) => data.summary),
  field("phase", (data) => data.phase),
  derived("phaseLabel", "Fasens navn.", (entry, context) => labels(entry, context).phase),
  derived(
    "approaches",
    "Tilgangene som tilgang:kendt-fra, hvor kendt-fra er katalog eller redaktionen.",
    (entry) => csvList(entry.data.approaches.map((tag) => `${tag.id}:${tag.known}`)),
  ),
  field("context.scope", (data) => data.context.scope),
  field("context.municipalities", (data) => csvList(data.context.municipalities)),
  derived("municipalityNames", "Kommunernes navne.", (entry, context) =>
    csvList(labels(entry, context).municipalities),
  ),
  derived("regionNames", "Regionerne, nævnt direkte eller udledt af kommunerne.", (entry, context) =>
    csvList(labels(entry, context).regions),
  ),
  field("context.organisation", (data) => data.context.organisation),
  field("context.note", (data) => data.context.note),
  field("focus", (data) => data.focus),
  field("targetGroup.description", (data) => data.targetGroup.description),
  field("targetGroup.tags", (data) => csvList(data.targetGroup.tags)),
  derived("targetGroupLabels", "Målgruppe-tagsenes navne.", (entry, context) =>
    csvList(labels(entry, context).targetGroup),
  ),
  field("targetGroup.age.min", (data) => data.targetGroup.age?.min),
  field("targetGroup.age.max", (data) => data.targetGroup.age?.max),
  field("anchoring.tags", (data) => csvList(data.anchoring.tags)),
  derived("anchoringLabels", "Forankrings-tagsenes navne.", (entry, context) =>
    csvList(labels(entry, context).anchoring),
  ),
  field("anchoring.organisations", (data) => csvList(data.anchoring.organisations)),
  field("anchoring.note", (data) => data.anchoring.note),
  field("status", (data) => data.status),
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
  field("period.start", (data) => data.period?.start),
  field("period.end", (data) => data.period?.end),
  field("period.note", (data) => data.period?.note),
  derived("results", "Resultattal som tekst: tal, enhed, hvad der måles og periode.", (entry, context) =>
    csvList(labels(entry, context).results),
  ),
  derived(
    "assessedElements",
    "Antal af de 11 elementer, der er vurderet. Der er ingen samlet score.",
    (entry) => String(assessedCount(entry.data.scores)),
  ),
  ...ELEMENT_KEYS.flatMap(scoreColumns),
  derived("sources", "Kilderne: publikationer med afsnit og links som titel: adresse.", (entry, context) =>
    csvList(resolveSources(entry.data, context.links).map(sourceText)),
  ),
  field("case", (data) => data.case),
  field("related", (data) => csvList(data.related)),
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
  field("reviewed", (data) => isoDate(data.reviewed)),
  field("confirmed.date", (data) => (data.confirmed ? isoDate(data.confirmed.date) : undefined)),
  field("confirmed.by", (data) => data.confirmed?.by),
  field("confirmed.how", (data) => data.confirmed?.how),
  field("confirmed.link", (data) => data.confirmed?.link),
];

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
