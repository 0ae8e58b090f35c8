import { describe, expect, it } from "vitest";
import { resolveBuildDate } from "./build-date.ts";

describe("resolveBuildDate", () => {
  it("takes BUILD_DATE as that day, so a build and its tests can be pinned", () => {
    expect(resolveBuildDate({ BUILD_DATE: "2024-06-02" })).toEqual(new Date("2024-06-02T00:00:00Z"));
  });

  it("falls back to SOURCE_DATE_EPOCH, read as the day in Denmark", () => {
    // 2026-12-06 23:30 UTC is already 7 December in Copenhagen.
    expect(resolveBuildDate({ SOURCE_DATE_EPOCH: String(Date.UTC(2026, 11, 6, 23, 30) / 1000) })).toEqual(
      new Date("2026-12-07T00:00:00Z"),
    );
  });

  it("is today in Denmark when nothing is set", () => {
    expect(resolveBuildDate({}, new Date("2026-12-07T10:00:00Z"))).toEqual(new Date("2026-12-07T00:00:00Z"));
  });

  it("refuses a value it cannot read rather than guess", () => {
    expect(() => resolveBuildDate({ BUILD_DATE: "2026-02-30" })).toThrow(/BUILD_DATE must be a real date/);
    expect(() => resolveBuildDate({ BUILD_DATE: "7/12 2026" })).toThrow(/YYYY-MM-DD/);
    expect(() => resolveBuildDate({ SOURCE_DATE_EPOCH: "soon" })).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
