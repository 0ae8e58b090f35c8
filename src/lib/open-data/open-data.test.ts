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
