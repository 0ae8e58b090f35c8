import { describe, expect, it } from "vitest";
import { droppedHedges, hedgesIn, keepsHedge } from "./hedges.ts";

const passage = [
  "Lyspunktet er et værested for unge mellem 16 og 24 år.",
  "En tæt kontakt ser ud til at give de unge mod på at fortsætte i skolen.",
  "Hver medarbejder kan have op til 15 unge ad gangen.",
  "De unge kommer ofte sammen med en ven, bl.a. fra ungdomsskolen, FGU og jobcentret.",
  "Der er fortsat risiko for, at de unge selv må holde styr på aftalerne med kommunen.",
  "Det betyder bl.a., at værestedet holder åbent om aftenen.",
  "Værestedet tilbyder kurser, som de unge kan vælge imellem.",
].join("\n");
const claims = (claim: string) =>
  droppedHedges(claim, passage).map((item) => item.passages.flatMap((p) => p.words));

describe("hedges", () => {
  it("are found in the catalogue's words", () => {
    expect(hedgesIn("Samarbejdet kan med fordel fokusere på overgangene.").map((h) => h.kind)).toEqual([
      "mulighed",
    ]);
    expect(hedgesIn("Tilbuddet er en medvirkende faktor.").map((h) => h.kind)).toEqual(["medvirkende"]);
    expect(hedgesIn("De har ikke nødvendigvis et netværk i mange tilfælde.").map((h) => h.kind)).toEqual([
      "hyppighed",
      "ikke-nødvendigvis",
    ]);
  });

  it("count as kept by a hedge of the same kind in the claim", () => {
    expect(keepsHedge("Kontakten kan give mod.", ["mulighed"])).toBe(true);
    expect(keepsHedge("De kommer tit med en ven.", ["hyppighed"])).toBe(true);
    expect(keepsHedge("Kontakten giver mod.", ["mulighed"])).toBe(false);
    expect(keepsHedge("Her ser et målrettet tilbud ud til at hjælpe.", ["mulighed"])).toBe(true);
  });

  it("are dropped when a claim sentence restates a hedged sentence as a plain fact", () => {
    expect(claims("En tæt kontakt giver de unge mod på at fortsætte i skolen.")).toEqual([["ser ud til"]]);
    expect(claims("Hver medarbejder har 15 unge ad gangen.")).toEqual([["kan"]]);
    expect(claims("De unge kommer sammen med en ven fra ungdomsskolen, FGU og jobcentret.")).toEqual([
      ["ofte", "bl.a."],
    ]);
    expect(claims("De unge må stadig selv holde styr på aftalerne med kommunen.")).toEqual([["risiko for"]]);
  });

  it("are kept when the claim keeps them", () => {
    expect(claims("En tæt kontakt kan give de unge mod på at fortsætte i skolen.")).toEqual([]);
    expect(claims("Hver medarbejder kan have op til 15 unge ad gangen.")).toEqual([]);
    expect(claims("De unge kommer tit sammen med en ven, fx fra ungdomsskolen, FGU og jobcentret.")).toEqual(
      [],
    );
  });

  it("do not bind a claim about something else, a label, a sentence adverb or a detail in a relative clause", () => {
    expect(claims("Lyspunktet er et værested for unge på 16–24 år.")).toEqual([]);
    expect(claims("Tæt kontakt.")).toEqual([]);
    expect(claims("Værestedet holder åbent om aftenen, hvor de unge kommer.")).toEqual([]);
    expect(claims("Værestedet tilbyder de unge kurser af mange slags hver uge.")).toEqual([]);
  });
});
