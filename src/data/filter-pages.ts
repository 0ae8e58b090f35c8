/** Static paths for the filter pages of a facet: one page set per used value, paginated. */
import {
  entriesWith,
  examplesWith,
  facetByKey,
  type Facet,
  paginate,
  pageParam,
  type Page,
} from "../lib/catalogue/index.ts";
import { getInterventions, type Intervention } from "./interventions.ts";
import { getGovernanceExamples, type GovernanceExample } from "./governance.ts";

export type FilterPageProps = {
  facetKey: string;
  value: string;
  base: string;
  page: Page<Intervention>;
  /** Governance examples from this place (municipality and region pages only). */
  examples: GovernanceExample[];
};

export async function filterPagePaths(facetKey: string) {
  const facet: Facet = facetByKey(facetKey);
  const href = facet.href;
  if (!href) throw new Error(`Facet "${facetKey}" has no filter pages.`);
  const [entries, allExamples] = await Promise.all([getInterventions(), getGovernanceExamples()]);
  return facet.values.flatMap(({ value }) => {
    const matching = entriesWith(entries, facet, value);
    // Governance examples belong on the pages of their municipalities and regions; they are selected
    // as facetCounts counts them, so a page and the facets give the same numbers.
    const examples = examplesWith(allExamples, facet, value);
    if (matching.length === 0 && examples.length === 0) return [];
    const base = href(value);
    return paginate(matching, base).map((page) => ({
      params: { value, page: pageParam(page.number) },
      props: { facetKey, value, base, page, examples } satisfies FilterPageProps,
    }));
  });
}
