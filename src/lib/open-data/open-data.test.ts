import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readContentFile } from "../../../scripts/lib/content-files.ts";
import { standaloneInterventionSchema } from "../schema/intervention-schema.ts";
import { describeFields, interventionJsonSchema } from "../schema/json-schema.ts";
import { CSV_COLUMNS, csvColumnsFor, csvRows, jsonEntry } from "./open-data.ts";
import { ELEMENT_KEYS } from "../vocabulary/elements.ts";

const file = join(process.cwd(), "tests/fixtures/scored-site/interventions/vurderet.mdx");
const { frontmatter } = readContentFile(file, process.cwd());
const entry = { id: "vurderet", data: standaloneInterventionSchema.parse(frontmatter) };
const context = {
  site: new URL("https://example.org/"),
  links: { eksempel: { title: "Eksempel", url: "https://example.org/" } },
  buildDate: new Date("2026-12-07T00:00:00Z"),
};

describe("assessments in the open data", () => {
  const [header, row] = csvRows([entry], context) as [string[], string[]];
  const cell = (name: string) => row[header.indexOf(name)];

  it("gives the CSV a level, a rationale and a basis column for every element", () => {
    for (const key of ELEMENT_KEYS) {
      for (const part of ["level", "rationale", "basis"])
        expect(header, `${key}.${part}`).toContain(`scores.${key}.${part}`);
    }
    expect(header.filter((name) => name.startsWith("scores."))).toHaveLength(ELEMENT_KEYS.length * 3);
  });

  it("fills the columns of assessed elements and leaves the others empty", () => {
    expect(cell("scores.virkning.level")).toBe("3");
    expect(cell("scores.maal.level")).toBe("0");
    expect(cell("scores.maal.rationale")).toContain("ikke nævner noget mål");
    expect(cell("scores.maal.basis")).toBe("katalog-2022: Oversigt over indsatser");
    expect(cell("scores.oekonomi.level")).toBe("");
    expect(cell("scores.oekonomi.rationale")).toBe("");
    expect(cell("assessedElements")).toBe(String(Object.keys(entry.data.scores).length));
  });

  it("keeps level, rationale and basis in the JSON", () => {
    const json = jsonEntry(entry, context);
    expect(json.data.scores.maal).toMatchObject({ level: 0, basis: [{ publication: "katalog-2022" }] });
    expect(json.data.scores.maal?.rationale).toContain("mål");
  });
});

describe("CSV columns from the schema", () => {
  const fields = describeFields(interventionJsonSchema());

  it("carries every field of the schema, responsible and contact included", () => {
    const { columns, uncovered } = csvColumnsFor(fields);
    expect(uncovered).toEqual([]);
    const carried = new Set(columns.flatMap((column) => column.fields));
    for (const { path } of fields)
      if (!fields.some((other) => other.path.startsWith(`${path}.`) || other.path.startsWith(`${path}[]`)))
        expect(carried, path).toContain(path);
    const headers = CSV_COLUMNS.map((column) => column.header);
    expect(headers).toContain("responsible");
    expect(headers).toContain("contact");
    expect(new Set(headers).size).toBe(headers.length);
  });

  it("fails on a schema field no column carries", () => {
    const { uncovered, columns } = csvColumnsFor([
      ...fields,
      { path: "evaluations" },
      { path: "evaluations[].year" },
      { path: "scores.<element>.confidence" },
      { path: "newField" },
    ]);
    expect(uncovered).toEqual(["evaluations[].year", "scores.<element>.confidence"]);
    // A plain field gets a column by itself, named by its path.
    expect(columns.map((column) => column.header)).toContain("newField");
  });

  it("fills responsible, contact and the figures with their period, count and source", () => {
    const withFigure = {
      id: "vurderet",
      data: {
        ...entry.data,
        contact: "https://example.org/ungeenheden",
        results: [
          {
            value: 56,
            unit: "procent" as const,
            measure: "startet i uddannelse eller job",
            source: "katalog-2022" as const,
          },
        ],
      },
    };
    const [header, row] = csvRows([withFigure], context) as [string[], string[]];
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell("responsible")).toBe(entry.data.responsible);
    expect(cell("contact")).toBe("https://example.org/ungeenheden");
    expect(cell("results")).toBe(
      "56 % startet i uddannelse eller job (periode ikke oplyst; antal unge ikke oplyst; kilde: Marselisborg-kataloget (2022))",
    );
    expect(cell("resultsCaveat")).toBe("https://example.org/resultater/#forbehold");
    const json = jsonEntry(withFigure, context);
    expect(json.results[0]).toMatchObject({
      periodText: "Periode ikke oplyst",
      participantsText: "Antal unge ikke oplyst",
      sourceText: "Kilde: Marselisborg-kataloget (2022)",
      caveat: "https://example.org/resultater/#forbehold",
      storedIn: "vurderet",
    });
  });

  it("keeps a figure another entry shares out of the JSON's file fields, but lists it among the figures", () => {
    const shared = {
      id: "b",
      data: {
        ...entry.data,
        results: [
          {
            value: 80,
            unit: "procent" as const,
            measure: "begyndt på en uddannelse",
            source: "katalog-2022" as const,
            sharedWith: ["b"],
            storedIn: "a",
          },
        ],
      },
    };
    const json = jsonEntry(shared, { ...context, titles: { a: "Alfa", b: "Beta" } });
    expect(json.data.results).toEqual([]);
    expect(json.results).toMatchObject([
      { storedIn: "a", sharedWith: ["a"], sharedText: "Delt tal: kilden giver det samme tal for Alfa." },
    ]);
  });
});

describe("dates and status in the open data", () => {
  const [header, row] = csvRows([entry], context) as [string[], string[]];
  const cell = (name: string) => row[header.indexOf(name)];

  it("gives the CSV the source date, the aged status text and the confirmation columns", () => {
    for (const name of ["sourceDate", "sourceDateText", "statusText", "statusAged", "reviewed"])
      expect(header).toContain(name);
    for (const part of ["date", "by", "how", "link"]) expect(header).toContain(`confirmed.${part}`);
    expect(cell("sourceDate")).toBe("2022-06");
    expect(cell("sourceDateText")).toBe("juni 2022");
    expect(cell("confirmed.by")).toBe("");
  });

  it("says the same in the JSON, with dates as YYYY-MM-DD", () => {
    const json = jsonEntry(entry, context);
    expect(json.dates).toMatchObject({ sourceDate: "2022-06", sourceDateText: "juni 2022", confirmed: null });
    expect(json.labels.status).toBe(json.dates.statusText);
  });

  it("shows an aged »I gang« as aged in both, and a confirmation as given", () => {
    const running = { id: "x", data: { ...entry.data, status: "igangvaerende" as const } };
    const [h, r] = csvRows([running], context) as [string[], string[]];
    expect(r[h.indexOf("statusText")]).toBe("I gang ifølge kilder fra 2022 – ikke bekræftet siden");
    expect(r[h.indexOf("statusAged")]).toBe("true");
    const confirmed = {
      id: "y",
      data: {
        ...running.data,
        confirmed: {
          date: new Date("2026-03-02T00:00:00Z"),
          by: "Ungeenheden, Randers Kommune",
          how: "telefon" as const,
        },
      },
    };
    const json = jsonEntry(confirmed, context);
    expect(json.data.confirmed).toEqual({
      date: "2026-03-02",
      by: "Ungeenheden, Randers Kommune",
      how: "telefon",
    });
    expect(json.labels.status).toBe("I gang, bekræftet af den ansvarlige i marts 2026");
    expect(json.dates.statusAged).toBe(false);
    const [h2, r2] = csvRows([confirmed], context) as [string[], string[]];
    expect(r2[h2.indexOf("confirmed.date")]).toBe("2026-03-02");
    expect(r2[h2.indexOf("confirmed.how")]).toBe("telefon");
  });
});
