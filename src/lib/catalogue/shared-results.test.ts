import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../../tests/support/catalogue.ts";
import { groupResults } from "../results/result-groups.ts";
import { FIGURE_WORDS, figureLine, figureText, figureYears, type FigureData } from "../site/figure-text.ts";
import { documentation, documentationLines } from "./documentation.ts";
import { storedFigures, withSharedResults } from "./shared-results.ts";

const figure = (value: number, extra: Partial<FigureData> = {}): FigureData => ({
  value,
  unit: "procent",
  measure: "begyndt på en uddannelse",
  kind: "uddannelse",
  source: "katalog-2022",
  ...extra,
});

const entries = [
  { id: "guides", data: { title: "Guides", results: [figure(80, { sharedWith: ["projekt"] }), figure(10)] } },
  { id: "projekt", data: { title: "Projekt", results: [] as FigureData[] } },
  { id: "skole", data: { title: "Skolen", results: [figure(4, { kind: "frafald", scope: "kontekst" })] } },
];

describe("a figure shared by two entries", () => {
  const shown = withSharedResults(entries);
  const byId = new Map(shown.map((entry) => [entry.id, entry]));

  it("shows on both entries, marked on the entry that does not hold it", () => {
    expect(byId.get("guides")!.data.results.map((r) => r.value)).toEqual([80, 10]);
    expect(byId.get("projekt")!.data.results).toEqual([
      { ...figure(80), sharedWith: ["projekt"], storedIn: "guides" },
    ]);
    expect(storedFigures(byId.get("projekt")!.data.results)).toEqual([]);
    expect(storedFigures(byId.get("guides")!.data.results)).toHaveLength(2);
  });

  it("accepts Astro references as well as plain ids", () => {
    const astro = withSharedResults([
      { id: "a", data: { results: [{ sharedWith: [{ id: "b", collection: "interventions" }] }] } },
      { id: "b", data: { results: [] } },
    ]);
    const reference = { id: "b", collection: "interventions" };
    expect(astro[1]!.data.results).toEqual([{ sharedWith: [reference], storedIn: "a" }]);
    expect(astro[0]!.data.results).toEqual([{ sharedWith: [reference] }]);
    expect(figureText({ ...figure(80), ...astro[1]!.data.results[0]! }, "b", (id) => id).shared).toContain(
      "for a.",
    );
  });

  it("is counted once on /resultater/, named for both entries", () => {
    const rows = groupResults(shown).flatMap((group) => group.charts.flatMap((chart) => chart.rows));
    expect(rows).toHaveLength(3);
    const shared = rows.find((row) => row.value === 80)!;
    expect(shared.entries.map((entry) => entry.id)).toEqual(["guides", "projekt"]);
    expect(shared.label).toBe("Guides og Projekt");
  });

  it("says on each page which other entry it is given for", () => {
    const titleOf = (id: string) => byId.get(id)!.data.title;
    const [onProject] = byId.get("projekt")!.data.results;
    expect(figureText(onProject!, "projekt", titleOf).shared).toBe(
      `${FIGURE_WORDS.shared}: kilden giver det samme tal for Guides.`,
    );
    expect(figureText(byId.get("guides")!.data.results[0]!, "guides", titleOf).shared).toContain(
      "for Projekt.",
    );
    expect(figureText(byId.get("guides")!.data.results[1]!, "guides", titleOf).shared).toBeUndefined();
  });
});

describe("a context figure", () => {
  it("is labelled as context in the chart, never with the intervention's name", () => {
    const rows = groupResults(withSharedResults(entries)).flatMap((group) =>
      group.charts.flatMap((c) => c.rows),
    );
    const context = rows.find((row) => row.scope === "kontekst")!;
    expect(context.label).toBe("Konteksttal: begyndt på en uddannelse");
    expect(context.label).not.toContain("Skolen");
  });

  it("says so next to the figure", () => {
    const text = figureText(entries[2]!.data.results[0]!, "skole", (id) => id);
    expect(text.context).toMatch(/^Konteksttal: tallet beskriver omgivelserne/);
    expect(figureLine(entries[2]!.data.results[0]!, "skole", (id) => id)).toMatch(/^Konteksttal: 4 %/);
  });
});

describe("the words around a figure", () => {
  it("names a missing period and a missing count instead of leaving them out", () => {
    const text = figureText(figure(56, { source: "mod-til-uddannelse-artikel" }), "x", (id) => id);
    expect(text).toMatchObject({
      value: "56 %",
      period: FIGURE_WORDS.periodUnknown,
      participants: FIGURE_WORDS.participantsUnknown,
      source: "Kilde: Artikel om Mod til Uddannelse",
    });
    expect(figureLine(figure(56), "x", (id) => id)).toBe(
      "56 % begyndt på en uddannelse (periode ikke oplyst; antal unge ikke oplyst; kilde: Marselisborg-kataloget (2022))",
    );
  });

  it("gives period and count where the sources have them, and no count for a count of the young people", () => {
    const text = figureText(figure(65, { period: "2020–2021", participants: 137 }), "x", (id) => id);
    expect(text.period).toBe("Periode: 2020–2021");
    expect(text.participants).toBe("Blandt 137 unge");
    const count = figureText(figure(90, { unit: "antal", kind: "deltagere" }), "x", (id) => id);
    expect(count.participants).toBeUndefined();
  });

  it("reads the years of the figures from their periods", () => {
    expect(figureYears([{ period: "1. kvartal 2020 – udgangen af 2021" }])).toBe("2020–2021");
    expect(figureYears([{ period: "2020" }, {}])).toBe("2020");
    expect(
      figureYears([{ period: "fra en ikke oplyst projektstart til Marselisborg-kataloget, juni 2022" }]),
    ).toBe("til 2022");
    expect(figureYears([{ period: "to år" }, {}])).toBeUndefined();
  });
});

describe("a card's documentation in words", () => {
  const scores = { maal: { level: 2 }, virkning: { level: 0 } };
  it("says case, elements assessed and result figures", () => {
    const doc = documentation({ case: true, scores, results: [{ period: "2020–2021" }] });
    expect(documentationLines(doc)).toEqual([
      "Uddybende case",
      "2 af 11 elementer vurderet",
      "Resultattal (2020–2021)",
    ]);
  });

  it("says when there are no figures, when their years are not given, and when there is only context", () => {
    expect(documentation({ case: false, scores: {}, results: [] })).toEqual({
      case: undefined,
      assessed: "0 af 11 elementer vurderet",
      results: "Ingen resultattal",
    });
    expect(documentation({ case: false, scores, results: [{ period: "to år" }] }).results).toBe(
      "Resultattal (år ikke oplyst)",
    );
    expect(
      documentation({ case: false, scores, results: [{ period: "2020", scope: "kontekst" }] }).results,
    ).toBe("Kun konteksttal (2020)");
  });
});

describe("the real catalogue", () => {
  const catalogue = loadCatalogue();
  const entry = (id: string) => catalogue.find((candidate) => candidate.id === id)!;

  it("stores the Randers figures once, in Ungeguides, and shows them on Ung i uddannelse too", () => {
    const stored = (id: string) => storedFigures(entry(id).data.results);
    expect(stored("ungeguides").filter((r) => r.sharedWith?.includes("ung-i-uddannelse"))).toHaveLength(2);
    expect(stored("ung-i-uddannelse")).toEqual([]);
    expect(entry("ung-i-uddannelse").data.results.map((r) => r.storedIn)).toEqual([
      "ungeguides",
      "ungeguides",
    ]);
    expect(documentation(entry("ung-i-uddannelse").data).results).toBe("Resultattal (til 2022)");
  });

  it("counts every stored figure once on /resultater/", () => {
    const stored = catalogue.flatMap((candidate) => storedFigures(candidate.data.results));
    const rows = groupResults(catalogue).flatMap((group) => group.charts.flatMap((chart) => chart.rows));
    expect(rows).toHaveLength(stored.length);
    expect(rows.filter((row) => row.value === 80 && row.unit === "procent")).toHaveLength(1);
  });

  it("labels Mercantec's whole-school dropout as context, not as Bedsteforældreordningen's result", () => {
    const rows = groupResults(catalogue)
      .find((group) => group.key === "frafald")!
      .charts.flatMap((c) => c.rows);
    expect(rows.every((row) => row.scope === "kontekst")).toBe(true);
    expect(rows.map((row) => row.label).join(" ")).not.toContain("Bedsteforældreordningen");
  });
});
