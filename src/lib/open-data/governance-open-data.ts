/**
 * The governance and collaboration examples as open data: a JSON document, CSV rows and a JSON
 * Schema generated from the schema the build validates with. Pure; the routes only load and call.
 */
import { exampleOrigin, GOVERNANCE_KIND } from "../catalogue/approaches.ts";
import { csvList } from "./csv.ts";
import { isoDate } from "../site/format.ts";
import { createGovernanceSchema, type GovernanceData } from "../schema/governance-schema.ts";
import { frontmatterJsonSchema, REFERENCE_STRINGS, type JsonSchema } from "../schema/json-schema.ts";
import { type OpenDataContext, REUSE } from "./open-data.ts";
import { citation } from "../vocabulary/publications.ts";
import { routes } from "../catalogue/routes.ts";
import { SITE } from "../site/site.ts";
import { APPROACH_BASES, APPROACHES } from "../vocabulary/approaches.ts";
import { municipalityName } from "../vocabulary/geography.ts";
import { GOVERNANCE_THEMES } from "../vocabulary/governance-themes.ts";
import { bodyWithoutNotes, type OpenDataParagraph } from "../sources/open-data.ts";

export type GovernanceOpenDataEntry = {
  id: string;
  data: GovernanceData;
  body?: string | undefined;
  /** The body's paragraphs with their sources, read when the entry is loaded. */
  paragraphs?: OpenDataParagraph[] | undefined;
};

const absolute = (path: string, site: URL) => new URL(path, site).href;

function resolvedLinks(data: GovernanceData, links: OpenDataContext["links"]) {
  return data.links.map((id) => {
    const link = links[id];
    if (!link) throw new Error(`Unknown link id "${id}"; npm run check reports this.`);
    return { id, title: link.title, url: link.url, publisher: link.publisher };
  });
}

export function governanceLabels(data: GovernanceData) {
  return {
    kind: GOVERNANCE_KIND,
    origin: exampleOrigin(data),
    municipalities: data.municipalities.map(municipalityName),
    themes: data.themes.map((theme) => GOVERNANCE_THEMES[theme].label),
    approaches: data.approaches.map(
      (tag) => `${APPROACHES[tag.id].label} (${APPROACH_BASES[tag.known].label.toLowerCase()})`,
    ),
    sources: data.sources.map(
      (source) => `${citation(source.publication)}${source.section ? `, afsnittet »${source.section}«` : ""}`,
    ),
  };
}

export function governanceDatasetJson(entries: readonly GovernanceOpenDataEntry[], context: OpenDataContext) {
  return {
    title: `${SITE.name}: ${GOVERNANCE_KIND.toLowerCase()}`,
    description:
      "Katalogets eksempler på politisk styring, opfølgning og samarbejde om ungeindsatsen. De er ikke indsatser rettet direkte mod de unge.",
    url: absolute(routes.governanceExamples(), context.site),
    schema: absolute(routes.dataGovernanceSchema(), context.site),
    count: entries.length,
    attribution: REUSE,
    entries: entries.map((entry) => ({
      id: entry.id,
      url: absolute(routes.governanceExample(entry.id), context.site),
      data: { ...entry.data, reviewed: isoDate(entry.data.reviewed) },
      labels: governanceLabels(entry.data),
      links: resolvedLinks(entry.data, context.links),
      ...(entry.body === undefined
        ? {}
        : { body: bodyWithoutNotes(entry.body), paragraphs: entry.paragraphs ?? [] }),
    })),
  };
}

type Column = { header: string; value: (entry: GovernanceOpenDataEntry, context: OpenDataContext) => string };

/** The CSV's columns; list cells are joined like the interventions' CSV. */
export const GOVERNANCE_CSV_COLUMNS: readonly Column[] = [
  { header: "id", value: (entry) => entry.id },
  { header: "url", value: (entry, context) => absolute(routes.governanceExample(entry.id), context.site) },
  { header: "title", value: (entry) => entry.data.title },
  { header: "summary", value: (entry) => entry.data.summary },
  { header: "municipalities", value: (entry) => csvList(entry.data.municipalities) },
  { header: "municipalityNames", value: (entry) => csvList(governanceLabels(entry.data).municipalities) },
  { header: "organisation", value: (entry) => entry.data.organisation ?? "" },
  { header: "themes", value: (entry) => csvList(entry.data.themes) },
  {
    header: "approaches",
    value: (entry) => csvList(entry.data.approaches.map((tag) => `${tag.id}:${tag.known}`)),
  },
  {
    header: "links",
    value: (entry, context) => csvList(resolvedLinks(entry.data, context.links).map((link) => link.url)),
  },
  { header: "period.start", value: (entry) => entry.data.period?.start ?? "" },
  { header: "period.end", value: (entry) => entry.data.period?.end ?? "" },
  { header: "sources", value: (entry) => csvList(governanceLabels(entry.data).sources) },
  { header: "reviewed", value: (entry) => isoDate(entry.data.reviewed) },
];

export function governanceCsvRows(
  entries: readonly GovernanceOpenDataEntry[],
  context: OpenDataContext,
): string[][] {
  return [
    GOVERNANCE_CSV_COLUMNS.map((column) => column.header),
    ...entries.map((entry) => GOVERNANCE_CSV_COLUMNS.map((column) => column.value(entry, context))),
  ];
}

/** JSON Schema (draft 2020-12) for one example's frontmatter. */
export function governanceJsonSchema({ markReferences = false } = {}): JsonSchema {
  const link = REFERENCE_STRINGS.link;
  // With markReferences, link ids carry `x-ref: "link"`, as in interventionJsonSchema (for the editor).
  return frontmatterJsonSchema(
    createGovernanceSchema(markReferences ? link.meta({ "x-ref": "link" }) : link),
  );
}
