import { describe, expect, it } from "vitest";
import { danishQuotes, formatAge, formatDate, formatPeriod, formatResultValue, plural } from "./format.ts";

describe("format", () => {
  it("formats result values the Danish way", () => {
    expect(formatResultValue(65, "procent")).toBe("65 %");
    expect(formatResultValue(3.6, "procent")).toBe("3,6 %");
    expect(formatResultValue(5020000, "kr")).toBe("5.020.000 kr.");
    expect(formatResultValue(786, "antal")).toBe("786");
    expect(formatResultValue(155, "dage")).toBe("155 dage");
  });

  it("formats ages and periods, and says nothing when the sources say nothing", () => {
    expect(formatAge({ min: 15, max: 25 })).toBe("15–25 år");
    expect(formatAge(undefined)).toBeUndefined();
    expect(formatPeriod({ start: "2020-02", end: "2027" })).toBe("februar 2020 – 2027");
    expect(formatPeriod({ end: "2022-09" })).toBe("Til september 2022");
    expect(formatPeriod(undefined)).toBeUndefined();
  });

  it("formats dates and plurals", () => {
    expect(formatDate(new Date("2026-11-22"))).toBe("22. november 2026");
    expect(plural(1, "indsats", "indsatser")).toBe("1 indsats");
    expect(plural(39, "indsats", "indsatser")).toBe("39 indsatser");
  });
});

describe("danishQuotes", () => {
  it("turns straight and English quotation marks into »…«", () => {
    expect(danishQuotes('fx "Ungeenheden, Horsens Kommune"; "ukendt", hvis')).toBe(
      "fx »Ungeenheden, Horsens Kommune«; »ukendt«, hvis",
    );
    expect(danishQuotes("et “måske” foran")).toBe("et »måske« foran");
    expect(danishQuotes("ingen citater")).toBe("ingen citater");
  });
});
