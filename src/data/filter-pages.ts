/** Static paths for the filter pages of a facet: one page set per used value, paginated. */
import { entriesWith, facetByKey, type Facet } from "../lib/facets.ts";
import { paginate, pageParam, type Page } from "../lib/pagination.ts";
import { getInterventions, type Intervention } from "./interventions.ts";

export type FilterPageProps = { facetKey: string; value: string; base: string; page: Page<Intervention> };

export async function filterPagePaths(facetKey: string) {
  const facet: Facet = facetByKey(facetKey);
  const href = facet.href;
  if (!href) throw new Error(`Facet "${facetKey}" has no filter pages.`);
  const entries = await getInterventions();
  return facet.values.flatMap(({ value }) => {
    const matching = entriesWith(entries, facet, value);
    if (matching.length === 0) return [];
    const base = href(value);
    return paginate(matching, base).map((page) => ({
      params: { value, page: pageParam(page.number) },
      props: { facetKey, value, base, page } satisfies FilterPageProps,
    }));
  });
}
