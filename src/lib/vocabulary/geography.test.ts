import { describe, expect, it } from "vitest";
import { MUNICIPALITIES, MUNICIPALITY_SLUGS, municipalityName, REGION_SLUGS, regionOf } from "./geography.ts";

describe("geography", () => {
  it("lists Denmark's 98 municipalities and 5 regions", () => {
    expect(MUNICIPALITY_SLUGS).toHaveLength(98);
    expect(REGION_SLUGS).toHaveLength(5);
  });

  it("has the right number of municipalities in each region", () => {
    const perRegion = Object.fromEntries(
      REGION_SLUGS.map((region) => [
        region,
        MUNICIPALITY_SLUGS.filter((slug) => regionOf(slug) === region).length,
      ]),
    );
    expect(perRegion).toEqual({
      hovedstaden: 29,
      sjaelland: 17,
      syddanmark: 22,
      midtjylland: 19,
      nordjylland: 11,
    });
  });

  it("uses ascii slugs and unique names", () => {
    for (const slug of MUNICIPALITY_SLUGS) expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
    const names = Object.values(MUNICIPALITIES).map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("gives official names, including the irregular ones", () => {
    expect(municipalityName("randers")).toBe("Randers Kommune");
    expect(municipalityName("koebenhavn")).toBe("Københavns Kommune");
    expect(municipalityName("bornholm")).toBe("Bornholms Regionskommune");
  });
});
