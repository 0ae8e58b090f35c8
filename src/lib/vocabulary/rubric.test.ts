import { describe, expect, it } from "vitest";
import { ELEMENT_KEYS, SCORE_LEVELS, type ScoreLevel } from "./elements.ts";
import { RUBRIC } from "./rubric.ts";

const LEVELS = Object.keys(SCORE_LEVELS).map(Number) as ScoreLevel[];

describe("RUBRIC", () => {
  it("covers exactly the 11 elements", () => {
    expect(Object.keys(RUBRIC).sort()).toEqual([...ELEMENT_KEYS].sort());
  });

  it.each(ELEMENT_KEYS)(
    "describes every level of %s, when it stays unassessed and what a table row earns",
    (key) => {
      for (const level of LEVELS) expect(RUBRIC[key].levels[level]?.trim().length).toBeGreaterThan(30);
      expect(RUBRIC[key].notAssessed.trim().length).toBeGreaterThan(20);
      expect(RUBRIC[key].tableRow.trim().length).toBeGreaterThan(20);
    },
  );

  it("never repeats the same wording for two levels", () => {
    for (const key of ELEMENT_KEYS) {
      const texts = LEVELS.map((level) => RUBRIC[key].levels[level]);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it("says what a bare table row earns for Beskrivelse and Mål", () => {
    expect(RUBRIC.beskrivelse.tableRow).toMatch(/giver 1/);
    expect(RUBRIC.maal.tableRow).toMatch(/giver 1/);
  });
});
