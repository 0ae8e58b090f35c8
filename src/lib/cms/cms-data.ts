/**
 * What /admin/config.json serves: the editor's configuration generated from the three schemas (interventions,
 * governance examples, links), the schemas themselves for the admin page's file formats, and what the
 * operator still has to set. One function, so the route and the tests build the same thing.
 */
import { cmsConfig, INTERVENTION_COLLECTION, type CmsSchemas } from "./cms-config.ts";
import { GOVERNANCE_HINTS, INTERVENTION_HINTS, LINK_HINTS } from "./cms-hints.ts";
import type { CmsSettings } from "../site/cms-settings.ts";
import { governanceJsonSchema } from "../open-data/governance-open-data.ts";
import { interventionJsonSchema, linkJsonSchema } from "../schema/json-schema.ts";
import { VOCABULARIES } from "../vocabulary/vocabularies.ts";

/** `links`: content/links.toml as id → title. */
export function cmsData(links: Readonly<Record<string, { title: string }>>, settings: CmsSettings) {
  const linkLabels = Object.fromEntries(
    Object.entries(links)
      .map(([id, link]) => [id, `${link.title} (${id})`] as const)
      .sort((a, b) => a[1].localeCompare(b[1], "da")),
  );
  const schemas: CmsSchemas = {
    interventions: interventionJsonSchema({ markReferences: true }),
    governance: governanceJsonSchema({ markReferences: true }),
    links: linkJsonSchema(),
  };
  const config = cmsConfig(
    schemas,
    {
      vocabularies: VOCABULARIES,
      links: linkLabels,
      interventionCollection: INTERVENTION_COLLECTION.name,
      hints: { interventions: INTERVENTION_HINTS, governance: GOVERNANCE_HINTS, links: LINK_HINTS },
    },
    settings,
  );
  return { config, schemas, missing: settings.missing };
}
