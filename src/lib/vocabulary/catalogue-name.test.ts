import { describe, expect, it } from "vitest";
import { APPROACH_BASES, APPROACHES, CATALOGUE_PARTS } from "./approaches.ts";
import { CATALOGUE_NAME, CATALOGUE_NAME_GENITIVE } from "./catalogue-name.ts";
import {
  NOT_ASSESSED_DEFINITION,
  RUBRIC,
  RUBRIC_PRINCIPLES,
  RUBRIC_VERSION,
  THOROUGH_SOURCE,
  TIE_BREAK_RULES,
} from "./rubric.ts";

/** Every string in a nested value. */
const strings = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : value && typeof value === "object"
      ? Object.values(value).flatMap(strings)
      : [];

/** "kataloget" or "katalogets" on its own: the report without its name, which readers confuse with the site. */
const BARE_NAME = /(?<!Marselisborg-)\b[Kk]atalog(et|ets)\b/;

describe("the 2022 report's name in the vocabulary", () => {
  it("is one name, with its genitive", () => {
    expect(CATALOGUE_NAME).toBe("Marselisborg-kataloget");
    expect(CATALOGUE_NAME_GENITIVE).toBe("Marselisborg-katalogets");
  });

  it("is never shortened to a bare »kataloget« in rubric or approach texts", () => {
    const texts = strings([
      RUBRIC,
      RUBRIC_PRINCIPLES,
      THOROUGH_SOURCE,
      NOT_ASSESSED_DEFINITION,
      RUBRIC_VERSION,
      TIE_BREAK_RULES,
      APPROACHES,
      APPROACH_BASES,
      CATALOGUE_PARTS,
    ]);
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((text) => BARE_NAME.test(text))).toEqual([]);
    expect(texts.some((text) => text.includes(CATALOGUE_NAME_GENITIVE))).toBe(true);
  });

  it("catches the bare name", () => {
    expect(BARE_NAME.test("En række i katalogets oversigtstabel")).toBe(true);
    expect(BARE_NAME.test("en case i kataloget")).toBe(true);
    expect(BARE_NAME.test(`en case i ${CATALOGUE_NAME}`)).toBe(false);
  });
});
