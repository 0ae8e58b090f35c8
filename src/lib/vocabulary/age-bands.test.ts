import { describe, expect, it } from "vitest";
import { ageBandsOf } from "./age-bands.ts";

describe("ageBandsOf", () => {
  it("puts a span in every band it touches", () => {
    expect(ageBandsOf({ min: 15, max: 17 })).toEqual(["under-18"]);
    expect(ageBandsOf({ min: 18, max: 29 })).toEqual(["18-24", "25-30"]);
    expect(ageBandsOf({ min: 15, max: 29 })).toEqual(["under-18", "18-24", "25-30"]);
    expect(ageBandsOf({ min: 16, max: 27 })).toEqual(["under-18", "18-24", "25-30"]);
  });

  it("says plainly when the sources give no age", () => {
    expect(ageBandsOf(undefined)).toEqual(["ikke-angivet"]);
  });

  it("keeps ages above the last band out of every band", () => {
    expect(ageBandsOf({ min: 31, max: 35 })).toEqual([]);
  });
});
