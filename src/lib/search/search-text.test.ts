import { describe, expect, it } from "vitest";
import { countLabel, removalOutcome, resultStatus } from "./search-text.ts";

describe("resultStatus", () => {
  it("says how many were found, for what and with how many filters", () => {
    expect(resultStatus(12, { q: "mentor", filters: { fase: ["a"], alder: ["b", "c"] } })).toBe(
      "12 indsatser fundet for »mentor« med 3 filtre.",
    );
    expect(resultStatus(1, { q: "", filters: { fase: ["a"] } })).toBe("1 indsats fundet med 1 filter.");
    expect(resultStatus(39, { q: "", filters: {} })).toBe("39 indsatser fundet.");
    expect(resultStatus(45, { q: "", filters: {} }, 6)).toBe(
      "39 indsatser og 6 eksempler på styring og samarbejde fundet.",
    );
    expect(resultStatus(1, { q: "viborg", filters: {} }, 1)).toBe(
      "1 eksempel på styring og samarbejde fundet for »viborg«.",
    );
  });

  it("suggests a way out of an empty result", () => {
    expect(resultStatus(0, { q: "xyz", filters: {} })).toBe(
      "Ingen indsatser fundet for »xyz«. Se forslagene herunder.",
    );
  });
});

describe("countLabel", () => {
  it("gives interventions, and governance examples apart where there are any", () => {
    expect(countLabel(27)).toBe("(27)");
    expect(countLabel(27, 0)).toBe("(27)");
    expect(countLabel(4, 1)).toBe("(4 + 1 eksempel)");
    expect(countLabel(0, 3)).toBe("(0 + 3 eksempler)");
  });
});

describe("removalOutcome", () => {
  it("says what a search without the filter finds", () => {
    expect(removalOutcome(0)).toBe("giver heller ingen resultater");
    expect(removalOutcome(1)).toBe("giver 1 resultat");
    expect(removalOutcome(12)).toBe("giver 12 resultater");
  });
});
