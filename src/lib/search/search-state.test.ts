import { describe, expect, it } from "vitest";
import { FACET_KEYS } from "../catalogue/facets.ts";
import { routes } from "../catalogue/routes.ts";
import { SORT_KEYS } from "./search-sort.ts";
import { isEmptyState, pagefindFilters, parseSearchState, sameState, toQueryString } from "./search-state.ts";

describe("search state in the URL", () => {
  it("reads the query and every value of known facets", () => {
    const state = parseSearchState("?q=mentor&fase=efter-grundskolen&maalgruppe=a&maalgruppe=b", FACET_KEYS);
    expect(state).toEqual({ q: "mentor", filters: { fase: ["efter-grundskolen"], maalgruppe: ["a", "b"] } });
  });

  it("ignores unknown parameters, blanks and duplicates", () => {
    const state = parseSearchState("?q=%20&utm_source=x&fase=&fase=a&fase=a", FACET_KEYS);
    expect(state).toEqual({ q: "", filters: { fase: ["a"] } });
    expect(isEmptyState(parseSearchState("?utm_source=x", FACET_KEYS))).toBe(true);
  });

  it("round-trips, with q first and facets in facet order", () => {
    const text = toQueryString(
      { q: "angst", filters: { kommune: ["aarhus"], fase: ["fastholdelse"] } },
      FACET_KEYS,
    );
    expect(text).toBe("?q=angst&fase=fastholdelse&kommune=aarhus");
    expect(toQueryString(parseSearchState(text, FACET_KEYS), FACET_KEYS)).toBe(text);
    expect(toQueryString({ q: " ", filters: {} }, FACET_KEYS)).toBe("");
  });

  it("keeps a known sort order and drops an unknown one", () => {
    const state = parseSearchState("?virkning=mindst-2&sortering=niveau-virkning", FACET_KEYS, SORT_KEYS);
    expect(state).toEqual({ q: "", filters: { virkning: ["mindst-2"] }, sort: "niveau-virkning" });
    expect(toQueryString(state, FACET_KEYS)).toBe("?virkning=mindst-2&sortering=niveau-virkning");
    expect(parseSearchState("?sortering=pris", FACET_KEYS, SORT_KEYS)).toEqual({ q: "", filters: {} });
  });

  it("encodes Danish letters so a link can be pasted anywhere", () => {
    const text = toQueryString({ q: "bedsteforældre", filters: {} }, FACET_KEYS);
    expect(text).toBe("?q=bedstefor%C3%A6ldre");
    expect(parseSearchState(text, FACET_KEYS).q).toBe("bedsteforældre");
  });

  it("treats states with the same choices as the same, whatever their order", () => {
    const a = { q: "x", filters: { fase: ["a"], alder: ["b"] } };
    const b = { q: "x", filters: { alder: ["b"], fase: ["a"] } };
    expect(sameState(a, b, FACET_KEYS)).toBe(true);
  });

  it("builds Pagefind filters, optionally leaving one facet out for its own counts", () => {
    const state = { q: "", filters: { fase: ["a", "b"], region: ["c"], alder: [] } };
    expect(pagefindFilters(state)).toEqual({ fase: { any: ["a", "b"] }, region: { any: ["c"] } });
    expect(pagefindFilters(state, "fase")).toEqual({ region: { any: ["c"] } });
  });

  it("gives the search route a shareable URL", () => {
    expect(routes.search({ q: "mentor", filters: { fase: ["efter-grundskolen"] } })).toBe(
      "/soeg/?q=mentor&fase=efter-grundskolen",
    );
    expect(routes.search()).toBe("/soeg/");
  });
});
