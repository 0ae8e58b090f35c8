import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  enclosing,
  findHeadings,
  readPublication,
  resolveHeading,
  resolveRow,
  wholeText,
} from "./publication-text.ts";
import { FIXTURE_OUTLINE } from "../../../tests/fixtures/sources/outline.ts";
const text = readFileSync("tests/fixtures/sources/katalog.txt", "utf8");
const publication = readPublication(text, FIXTURE_OUTLINE);
const rank = (heading: string) => findHeadings(publication, heading).map((found) => found.rank);

describe("the outline of a plain-text publication", () => {
  it("ranks parts, sections, groups, capital subheadings and ordinary headings", () => {
    expect(rank("STYRING")).toEqual([1]);
    expect(rank("Før skolestart")).toEqual([2, 3]); // the second is the overview's table group
    expect(rank("Fokuspunkter i lovende praksis")).toEqual([3, 3]);
    expect(rank("Case: Lyspunktet")).toEqual([3]);
    expect(rank("Faktaboks")).toEqual([4]);
    expect(rank("Tæt kontakt")).toEqual([5]);
  });

  it("does not take a sentence, a list item or a table row for a heading", () => {
    expect(findHeadings(publication, "Testrup Kommune følger op på sine måltal hvert kvartal.")).toEqual([]);
    expect(publication.headings.some((heading) => heading.text.includes("\t"))).toBe(false);
  });

  it("runs a passage to the next heading of the same or a higher rank", () => {
    const caseHeading = resolveHeading(publication, "case: lyspunktet");
    expect(caseHeading.ok && caseHeading.passages[0]!.text).toContain("FAKTABOKS");
    expect(caseHeading.ok && caseHeading.passages[0]!.text).toContain("bl.a. fra ungdomsskolen");
    expect(caseHeading.ok && caseHeading.passages[0]!.text).not.toContain("OVERSIGT");
    const point = resolveHeading(publication, "Tæt kontakt");
    expect(point.ok && point.passages[0]!.text).not.toContain("EKSEMPLER");
    const facts = resolveHeading(publication, "faktaboks");
    expect(facts.ok && facts.passages[0]!.text).toContain("1.250.000");
  });

  it("compares headings case-insensitively with whitespace collapsed and dashes unified", () => {
    expect(resolveHeading(publication, "  CASE:   lyspunktet ").ok).toBe(true);
    expect(resolveHeading(publication, "Et tilbud i Østerby Kommune").ok).toBe(true);
  });

  it("gives every occurrence of a heading that occurs twice", () => {
    const twice = resolveHeading(publication, "Brobyggerne");
    expect(twice.ok && twice.passages.map((passage) => passage.start)).toEqual([24, 40]);
  });

  it("suggests the nearest headings when a locator does not resolve", () => {
    expect(resolveHeading(publication, "Case: Lyspunkt")).toEqual({
      ok: false,
      suggestions: ["CASE: LYSPUNKTET"],
    });
  });

  it("finds a table row by its printed name, misprints and broken words included", () => {
    expect(resolveRow(publication, "Lyspunktet").ok).toBe(true);
    expect(resolveRow(publication, "Lyspunkt et").ok).toBe(true);
    const row = resolveRow(publication, "brobyggerne");
    expect(row.ok && row.passages[0]!.text).toContain("Sønderå Kommune");
    expect(resolveRow(publication, "Lysstriben")).toMatchObject({ ok: false });
  });

  it("knows the part a heading stands in", () => {
    const [example] = findHeadings(publication, "Måltal i Testrup");
    expect(enclosing(publication, example!.line, 2)?.text).toBe("STYRING");
    expect(wholeText(publication).end).toBe(publication.lines.length);
  });
});
