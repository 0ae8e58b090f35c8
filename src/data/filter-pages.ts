/** Static paths for the filter pages of a facet: one page set per used value, paginated. */
import {
  entriesWith,
  facetByKey,
  type Facet,
  paginate,
  pageParam,
  type Page,
  examplesInMunicipality,
  examplesInRegion,
} from "../lib/catalogue/index.ts";
import { getInterventions, type Intervention } from "./interventions.ts";
import { getGovernanceExamples, type GovernanceExample } from "./governance.ts";
import type { RegionSlug } from "../lib/vocabulary/index.ts";

export type FilterPageProps = {
  facetKey: string;
  value: string;
  base: string;
  page: Page<Intervention>;
  /** Governance examples from this place (municipality and region pages only). */
  examples: GovernanceExample[];
};

/** Governance examples belong on the pages of their municipalities and regions. */
function examplesFor(facetKey: string, value: string, examples: readonly GovernanceExample[]) {
  if (facetKey === "kommune") return examplesInMunicipality(examples, value);
  if (facetKey === "region") return examplesInRegion(examples, value as RegionSlug);
  return [];
}

export async function filterPagePaths(facetKey: string) {
  const facet: Facet = facetByKey(facetKey);
  const href = facet.href;
  if (!href) throw new Error(`Facet "${facetKey}" has no filter pages.`);
  const [entries, allExamples] = await Promise.all([getInterventions(), getGovernanceExamples()]);
  return facet.values.flatMap(({ value }) => {
    const matching = entriesWith(entries, facet, value);
    const examples = examplesFor(facetKey, value, allExamples);
    if (matching.length === 0 && examples.length === 0) return [];
    const base = href(value);
    return paginate(matching, base).map((page) => ({
      params: { value, page: pageParam(page.number) },
      props: { facetKey, value, base, page, examples } satisfies FilterPageProps,
    }));
  });
}
