import { describe, expect, it } from "vitest";
import { placeLabel, regionsOf, type Context } from "./places.ts";

const context = (partial: Partial<Context>): Context => ({
  scope: "kommunal",
  municipalities: [],
  regions: [],
  ...partial,
});

describe("places", () => {
  it("derives regions from municipalities", () => {
    expect(regionsOf(context({ municipalities: ["aarhus", "odense"] }))).toEqual([
      "midtjylland",
      "syddanmark",
    ]);
    expect(regionsOf(context({ scope: "regional", regions: ["sjaelland"] }))).toEqual(["sjaelland"]);
  });

  it("labels places compactly", () => {
    expect(placeLabel(context({ municipalities: ["randers"] }))).toBe("Randers");
    expect(placeLabel(context({ scope: "tvaerkommunal", municipalities: ["odense", "aarhus"] }))).toBe(
      "Odense og Aarhus",
    );
    expect(
      placeLabel(context({ scope: "tvaerkommunal", municipalities: ["randers", "herning", "lemvig"] })),
    ).toBe("3 kommuner");
    expect(placeLabel(context({ scope: "national" }))).toBe("Landsdækkende");
    expect(placeLabel(context({ scope: "regional", regions: ["sjaelland"] }))).toBe("Region Sjælland");
  });
});
