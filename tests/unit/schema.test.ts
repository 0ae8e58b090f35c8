import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFiles, formatProblem } from "../../scripts/check-content.ts";
import { listMdxFiles, readContentFile, readLinks } from "../../scripts/lib/content-files.ts";
import { CONTENT_PATHS } from "../../src/lib/content/index.ts";

const root = process.cwd();
const linkIds = new Set(Object.keys(readLinks(CONTENT_PATHS.links)));
const read = (file: string) => readContentFile(file, root);

describe("the real catalogue", () => {
  it("validates every entry against the build's schema", () => {
    const files = listMdxFiles(CONTENT_PATHS.interventions.base).map(read);
    expect(files.length).toBeGreaterThanOrEqual(39);
    expect(checkFiles(files, linkIds).map(formatProblem)).toEqual([]);
  });
});

describe("the valid fixture", () => {
  it("passes, so each invalid fixture fails for its one change only", () => {
    expect(checkFiles([read("tests/fixtures/valid-entry.mdx")], linkIds)).toEqual([]);
  });
});

/** file → the field that must be named and the words its message must contain. */
const invalid: Record<string, { field: string; contains: string[] }> = {
  "unknown-tag": {
    field: "targetGroup.tags.0",
    contains: ['"psykisk saarbare"', "Tilladte værdier:", "mistrivsel", 'Mente du: "psykisk-saarbare"?'],
  },
  "misspelt-phase": {
    field: "phase",
    contains: [
      '"efter-grundskole"',
      "omkring-grundskolen, efter-grundskolen, fastholdelse",
      'Mente du: "efter-grundskolen"?',
    ],
  },
  "level-four": { field: "scores.maal.level", contains: ["fra 0 til 3", "fik 4", "ikke er vurderet"] },
  "missing-rationale": { field: "scores.maal.rationale", contains: ["kræver en begrundelse"] },
  "missing-basis": { field: "scores.maal.basis", contains: ["kræver et grundlag (basis)"] },
  "empty-basis": { field: "scores.maal.basis", contains: ["mindst én publikation eller ét link"] },
  "negative-level": { field: "scores.maal.level", contains: ["fra 0 til 3", "fik -1"] },
  "basis-unknown-link": {
    field: "scores.maal.basis.0.link",
    contains: ['"findes-ikke"', "content/links.toml", "Grundlaget"],
  },
  "basis-unknown-publication": {
    field: "scores.maal.basis.0",
    contains: ['"katalog-2021"', "publikation", 'Mente du: "katalog-2022"?'],
  },
  "unknown-element": { field: "scores", contains: ['"maall"', 'mente du "maal"?', "virkning"] },
  "unknown-municipality": {
    field: "context.municipalities.0",
    contains: ['"randeers"', "ringkoebing-skjern", 'Mente du: "randers"?'],
  },
  "unknown-field": { field: "(frontmatter)", contains: ['"fokus"', 'mente du "focus"?', "Tilladte felter"] },
  "unknown-related": { field: "related.0", contains: ['"findes-ikke" findes ikke'] },
  "unknown-link": { field: "sources.1.link", contains: ['"findes-ikke"', "content/links.toml"] },
  "bad-date": { field: "reviewed", contains: ["ÅÅÅÅ-MM-DD", '"i går"'] },
  "missing-sources": { field: "sources", contains: ["Mangler"] },
  "missing-responsible": { field: "responsible", contains: ["Mangler responsible", "ukendt"] },
  "impossible-date": { field: "reviewed", contains: ["2023-02-30 er ikke en dato, der findes i kalenderen"] },
  "number-date": { field: "reviewed", contains: ["ÅÅÅÅ-MM-DD", "men er 5"] },
  "future-date": { field: "reviewed", contains: ["2999-01-01", "ligger i fremtiden"] },
  "related-self": { field: "related.0", contains: ['"related-self" er indsatsen selv'] },
  "related-duplicate": { field: "related.1", contains: ['"skub" står to gange'] },
  "invisible-title": { field: "title", contains: ["kun af usynlige tegn"] },
  "fractional-age": { field: "targetGroup.age.min", contains: ["helt tal fra 0 til 99", "men er 15.5"] },
  "quoted-level": { field: "scores.maal.level", contains: ["uden anførselstegn", 'men er "2"'] },
  "misspelt-element": {
    field: "scores",
    contains: ['Ukendt element: "maaal"', 'mente du "maal"?', "oekonomi"],
  },
  "confirmed-person-name": {
    field: "confirmed.by",
    contains: ["ser ud til at være en persons navn", "»Linda Nystrup«", "intet ord for en enhed eller rolle"],
  },
  "confirmed-page-without-link": {
    field: "confirmed.link",
    contains: ["how: egen-side", "content/links.toml"],
  },
  "confirmed-future-date": {
    field: "confirmed.date",
    contains: ["2999-01-01", "ligger i fremtiden", "bekræftede"],
  },
  "confirmed-unknown-method": {
    field: "confirmed.how",
    contains: ['"brev"', "e-mail, telefon, egen-side"],
  },
  "http-contact": {
    field: "contact",
    contains: ['"http://www.randers.dk/ungeindsatsen"', "http:// er ikke krypteret"],
  },
};

describe("invalid fixtures", () => {
  it.each(Object.entries(invalid))("%s is rejected with a helpful message", (name, expected) => {
    const file = read(join("tests/fixtures/invalid", `${name}.mdx`));
    const problems = checkFiles([file], linkIds);
    const problem = problems.find((p) => p.field === expected.field);
    expect(problem, `problems were: ${problems.map(formatProblem).join("\n")}`).toBeDefined();
    expect(problem!.path).toBe(`tests/fixtures/invalid/${name}.mdx`);
    for (const words of expected.contains) expect(problem!.message).toContain(words);
  });

  it("covers every fixture file", () => {
    const names = listMdxFiles("tests/fixtures/invalid").map((file) =>
      file.split("/").pop()!.replace(".mdx", ""),
    );
    expect(names.sort()).toEqual(Object.keys(invalid).sort());
  });
});
