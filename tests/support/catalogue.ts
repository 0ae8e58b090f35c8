/** The real catalogue parsed with the site's own schema, as an oracle for what pages should list. */
import { listMdxFiles, readContentFile, listFiles } from "../../scripts/lib/content-files.ts";
import { CONTENT_PATHS } from "../../src/lib/content/index.ts";
import {
  standaloneInterventionSchema as schema,
  type InterventionData,
  standaloneGovernanceSchema,
  type GovernanceData,
} from "../../src/lib/schema/index.ts";
import {
  entriesWith,
  withSharedResults,
  type Facet,
  type WithSharedResults,
} from "../../src/lib/catalogue/index.ts";

/** An entry as the pages show it: with the figures other entries share with it (storedIn marks those). */
export type ParsedEntry = WithSharedResults<{ id: string; data: InterventionData }>;

export function loadCatalogue(): ParsedEntry[] {
  return withSharedResults(
    listMdxFiles(CONTENT_PATHS.interventions.base).map((file) => {
      const { id, frontmatter } = readContentFile(file, process.cwd());
      return { id, data: schema.parse(frontmatter) };
    }),
  );
}

/** Ids of the entries with a facet value, sorted. */
export function idsWith(entries: readonly ParsedEntry[], facet: Facet, value: string): string[] {
  return entriesWith(entries, facet, value)
    .map((entry) => entry.id)
    .sort();
}

export type ParsedExample = { id: string; data: GovernanceData };

/** The governance and collaboration examples, parsed with the site's own schema. */
export function loadGovernance(): ParsedExample[] {
  const base = CONTENT_PATHS.governance.base;
  return listFiles(base, ".md").map((file) => {
    const { id, frontmatter } = readContentFile(file, process.cwd(), base);
    return { id, data: standaloneGovernanceSchema.parse(frontmatter) };
  });
}
