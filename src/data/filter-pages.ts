/** Static paths for the filter pages of a facet: one page set per used value, paginated (src/lib/catalogue/site-paths.ts). */
import { filterPageSets, pageParam, type FilterPageFacet, type Page } from "../lib/catalogue/index.ts";
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

export async function filterPagePaths(facetKey: FilterPageFacet) {
  const [entries, allExamples] = await Promise.all([getInterventions(), getGovernanceExamples()]);
  return filterPageSets(facetKey, entries, allExamples).flatMap(({ value, base, pages, examples }) =>
    pages.map((page) => ({
      params: { value, page: pageParam(page.number) },
      props: { facetKey, value, base, page, examples } satisfies FilterPageProps,
    })),
  );
}
