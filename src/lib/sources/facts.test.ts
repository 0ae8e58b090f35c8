import { describe, expect, it } from "vitest";
import { missingFacts, namesOf, numbersOf, passageFacts } from "./facts.ts";

const passage = passageFacts(
  "I 2021 deltog 120 unge fra Østerby Kommune og foreningen Åben Dør. Heraf kom 3,6 % i job og over halvdelen i uddannelse. Budgettet var 1.250.000 kr., og Benchmarking-enheden fulgte med. Unge 16-24 år; tre medarbejdere.",
);
const missing = (claim: string) => missingFacts(claim, passage).map((fact) => fact.raw);

describe("numbers", () => {
  it("are read in Danish forms", () => {
    expect(numbersOf("3,6 % og 1.250.000 kr. og 2 mio. og 15–17-årige").map((fact) => fact.value)).toEqual([
      3.6, 1250000, 2, 15, 17,
    ]);
    expect(numbersOf("tre måneder og halvdelen").map((fact) => fact.value)).toEqual([3, 50]);
  });

  it("match across notations: 3.6 and 3,6, 1 250 000 and 1.250.000, 3 and tre, 16–24 and 16-24", () => {
    expect(
      missing("I 2021 kom 3.6 % i job; budgettet var 1 250 000 kr. for 16–24-årige med 3 medarbejdere."),
    ).toEqual([]);
  });

  it("accept a share in words where the passage gives a share or a percentage in its range", () => {
    expect(missing("Over halvdelen kom i uddannelse.")).toEqual([]);
    expect(missingFacts("Halvdelen kom i job.", passageFacts("56 % kom i job."))).toEqual([]);
    expect(
      missingFacts("En tredjedel kom i job.", passageFacts("56 % kom i job.")).map((f) => f.raw),
    ).toEqual(["tredjedel"]);
  });

  it("are missing when the passage does not hold them", () => {
    expect(missing("140 unge deltog i 2022, og 4 % kom i job.")).toEqual(["140", "2022", "4"]);
    expect(missing("Budgettet var fire millioner kroner.")).toEqual(["fire"]);
  });

  it("leave out the site's own structure (del 3, trin 4)", () => {
    expect(numbersOf("Se trin 4 og Marselisborg-katalogets del 3.")).toEqual([]);
  });
});

describe("names", () => {
  it("are capitalised words inside a sentence, and acronyms anywhere", () => {
    expect(
      namesOf("Unge i Østerby møder Åben Dør. FGU hjælper. Kilden siger: Mere end det.").map((n) => n.raw),
    ).toEqual(["Østerby", "Åben", "Dør", "FGU"]);
  });

  it("match with Danish endings, hyphens and æøå", () => {
    expect(
      missing("Tilbuddet drives af Østerby Kommunes folk og Åben Dør; Benchmarkingenheden fulgte med."),
    ).toEqual([]);
  });

  it("are missing when the passage does not name them", () => {
    expect(missing("Tilbuddet drives af Vesterby Kommune og Røde Kors.")).toEqual([
      "Vesterby",
      "Røde",
      "Kors",
    ]);
  });
});
