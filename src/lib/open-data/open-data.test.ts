import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readContentFile } from "../../../scripts/lib/content-files.ts";
import { standaloneInterventionSchema } from "../schema/intervention-schema.ts";
import { csvRows, jsonEntry } from "./open-data.ts";
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
