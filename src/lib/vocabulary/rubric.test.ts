import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ELEMENT_KEYS, SCORE_LEVELS, type ScoreLevel } from "./elements.ts";
import { RUBRIC, RUBRIC_VERSION, rulesFor, TIE_BREAK_RULES } from "./rubric.ts";

/** The entries folder, read directly: vocabulary imports nothing from the rest of src/lib. */
const INTERVENTIONS = join(process.env["LP_CONTENT_DIR"] ?? "./content", "interventions");

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

describe("TIE_BREAK_RULES (rubric v2)", () => {
  it("carries a version and an ISO date that has passed", () => {
    expect(RUBRIC_VERSION.version).toBe("v2");
    expect(RUBRIC_VERSION.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(RUBRIC_VERSION.date).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("gives every rule a unique anchor id, a question, one answer, a reason and an example", () => {
    const ids = TIE_BREAK_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of TIE_BREAK_RULES) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.question.trim()).toMatch(/\?$/);
      for (const text of [rule.rule, rule.reason, rule.example])
        expect(text.trim().length).toBeGreaterThan(40);
      for (const element of rule.elements) expect(ELEMENT_KEYS).toContain(element);
    }
  });

  it("settles each point the December 2026 re-assessment left open", () => {
    const general = TIE_BREAK_RULES.filter((rule) => rule.elements.length === 0).map((rule) => rule.id);
    expect(general).toEqual(expect.arrayContaining(["en-kilde-to-indsatser", "eget-nul-eller-generelt-nul"]));
    for (const element of [
      "virkning",
      "monitorering",
      "faglig-refleksion",
      "teori-og-viden",
      "opfoelgning",
    ] as const)
      expect(rulesFor(element).length, element).toBeGreaterThan(0);
  });

  it("names only entries that exist as examples", () => {
    for (const rule of TIE_BREAK_RULES) {
      expect(rule.entries.length, rule.id).toBeGreaterThan(0);
      for (const slug of rule.entries)
        expect(existsSync(join(INTERVENTIONS, `${slug}.mdx`)), `${rule.id}: ${slug}`).toBe(true);
    }
  });
});
