import { describe, expect, it } from "vitest";
import {
  fromTermTable,
  namedTerms,
  queryWithout,
  searchWords,
  toTermTable,
  type SearchTerm,
} from "./vocabulary-offers.ts";

const terms: SearchTerm[] = [
  {
    facet: "maalgruppe",
    value: "psykisk-saarbare",
    label: "Psykisk sårbare",
    synonyms: ["psykiske problemer"],
  },
  { facet: "maalgruppe", value: "ikke-uddannelsesparate", label: "Ikke-uddannelsesparate" },
  {
    facet: "region",
    value: "midtjylland",
    label: "Region Midtjylland",
    synonyms: ["Midtjylland"],
  },
  {
    facet: "kommune",
    value: "aarhus",
    label: "Aarhus",
    page: "/kommune/aarhus/",
    region: "midtjylland",
  },
  { facet: "kommune", value: "skive", label: "Skive", region: "midtjylland" },
];

const names = (query: string) => namedTerms(query, terms).map(({ term }) => term.value);

describe("namedTerms", () => {
  it("finds a term by its label or a synonym, with Danish word endings and any case", () => {
    expect(names("psykiske problemer")).toEqual(["psykisk-saarbare"]);
    expect(names("Psykisk sårbar")).toEqual(["psykisk-saarbare"]);
    expect(names("unge med psykiske problemer")).toEqual(["psykisk-saarbare"]);
    expect(names("ikke uddannelsesparat")).toEqual(["ikke-uddannelsesparate"]);
  });

  it("needs every word of a name, in a row", () => {
    expect(names("psykiske")).toEqual([]);
    expect(names("problemer psykiske")).toEqual([]);
    expect(names("uddannelsesparate")).toEqual([]);
  });

  it("reads æ, ø and å as ae, oe and aa, so the old spelling finds a place", () => {
    expect(searchWords("Århus Kommune")).toEqual(["aarhus", "kommune"]);
    expect(names("Århus")).toEqual(["aarhus"]);
  });

  it("names a region once, by its longest name, and every place in the order typed", () => {
    expect(names("Region Midtjylland")).toEqual(["midtjylland"]);
    expect(names("skive eller aarhus")).toEqual(["skive", "aarhus"]);
  });
});

describe("queryWithout", () => {
  it("keeps the words that don't name the term, as typed", () => {
    const [named] = namedTerms("Mentor i Århus", terms);
    expect(queryWithout("Mentor i Århus", named!)).toBe("Mentor i");
    const [group] = namedTerms("psykiske problemer", terms);
    expect(queryWithout("psykiske problemer", group!)).toBe("");
  });
});

describe("the term table in the page", () => {
  it("gives back the same terms", () => {
    expect(fromTermTable(toTermTable(terms))).toEqual(terms);
    expect(JSON.stringify(toTermTable(terms)).length).toBeLessThan(JSON.stringify(terms).length);
  });
});
