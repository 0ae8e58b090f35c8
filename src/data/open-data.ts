/** Build-time access to the entries as open data: references flattened to ids, links by id. */
import { getCollection } from "astro:content";
import { BUILD_DATE } from "../lib/catalogue/index.ts";
import type { LinkData } from "../lib/schema/index.ts";
import type { OpenDataContext, OpenDataEntry, GovernanceOpenDataEntry } from "../lib/open-data/index.ts";
import { getInterventions } from "./interventions.ts";
import { getGovernanceExamples } from "./governance.ts";
import { openDataParagraphs } from "../lib/sources/index.ts";
import { publishedBodyOf } from "../lib/content/index.ts";
import { oncePerBuild } from "./once-per-build.ts";

/** Every intervention as open data; read once per build (each per-entry JSON file asks for it). */
export const getOpenDataEntries = oncePerBuild(readOpenDataEntries);

async function readOpenDataEntries(): Promise<OpenDataEntry[]> {
  const entries = await getInterventions();
  return Promise.all(
    entries.map(async (entry) => {
      // The loader keeps an MDX body beside the content store, not in it (src/lib/content/published-bodies.ts).
      const body = publishedBodyOf("interventions", entry.id);
      return {
        id: entry.id,
        body,
        paragraphs: await openDataParagraphs(body, "mdx"),
        data: {
          ...entry.data,
          confirmed: entry.data.confirmed && {
            ...entry.data.confirmed,
            link: entry.data.confirmed.link?.id,
          },
          related: entry.data.related.map((related) => related.id),
          results: entry.data.results.map(({ sharedWith, ...result }) =>
            sharedWith ? { ...result, sharedWith: sharedWith.map((other) => other.id) } : result,
          ),
          sources: entry.data.sources.map((source) =>
            "link" in source ? { ...source, link: source.link.id } : source,
          ),
          scores: Object.fromEntries(
            Object.entries(entry.data.scores).map(([element, score]) => [
              element,
              {
                ...score!,
                basis: score!.basis.map((basis) => ("link" in basis ? { link: basis.link.id } : basis)),
              },
            ]),
          ),
        },
      };
    }),
  );
}

/**
 * Links and titles by id, for every open-data file. Read once per build: each of the per-entry JSON files asks
 * for it, and rebuilding the title table per file made that route quadratic in the number of entries.
 */
export async function getOpenDataContext(site: URL | undefined): Promise<OpenDataContext> {
  if (!site)
    throw new Error("Set `site` in astro.config.mjs (SITE_URL) so open data can carry absolute URLs.");
  return { site, ...(await getTables()) };
}

const getTables = oncePerBuild(async () => {
  const [links, entries] = await Promise.all([getCollection("links"), getInterventions()]);
  return {
    buildDate: BUILD_DATE,
    links: Object.fromEntries(links.map((link) => [link.id, link.data])) as Record<string, LinkData>,
    titles: Object.fromEntries(entries.map((entry) => [entry.id, entry.data.title])),
  };
});

export const getGovernanceOpenDataEntries = oncePerBuild(readGovernanceOpenDataEntries);

async function readGovernanceOpenDataEntries(): Promise<GovernanceOpenDataEntry[]> {
  const examples = await getGovernanceExamples();
  return Promise.all(
    examples.map(async (entry) => ({
      id: entry.id,
      body: entry.body,
      paragraphs: await openDataParagraphs(entry.body ?? "", "md"),
      data: { ...entry.data, links: entry.data.links.map((link) => link.id) },
    })),
  );
}
