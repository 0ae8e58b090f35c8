/**
 * The vocabulary terms the search page can offer as filters (search/vocabulary-offers.ts), with
 * their synonyms and, for places, the page to go to (places with interventions or examples). Built from the facets,
 * so an offer always names a filter the search page has.
 */
import { FACETS, facetCounts, type ExampleFacetSource, type FacetSource } from "./facets.ts";
import { FACET_NOUNS, type SearchTerm } from "../search/vocabulary-offers.ts";
import { MUNICIPALITIES, type MunicipalitySlug } from "../vocabulary/geography.ts";

export function searchTerms(
  entries: readonly { data: FacetSource }[],
  examples: readonly { data: ExampleFacetSource }[],
): SearchTerm[] {
  return FACETS.filter((facet) => facet.key in FACET_NOUNS).flatMap((facet) =>
    facetCounts(entries, facet, examples).map(({ value, label, synonyms, count, examples: found }) => {
      const used = count + found > 0;
      const place = facet.key === "region" || facet.key === "kommune";
      return {
        facet: facet.key,
        value,
        label,
        ...(synonyms && synonyms.length > 0 && { synonyms }),
        // Place pages exist for places with interventions or examples (data/filter-pages.ts).
        ...(place && used && facet.href && { page: facet.href(value) }),
        ...(facet.key === "kommune" && { region: MUNICIPALITIES[value as MunicipalitySlug].region }),
      };
    }),
  );
}
