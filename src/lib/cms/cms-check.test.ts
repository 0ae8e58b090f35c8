import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { entryFormProblems, fieldLabel, linksFormProblems } from "./cms-check.ts";
import { FIELD_LABELS } from "./cms-config.ts";
import { parseEntry, SLUG_KEY } from "./cms-format.ts";
import { governanceJsonSchema } from "../open-data/governance-open-data.ts";
import { interventionJsonSchema } from "../schema/json-schema.ts";
import { DANISH_PHRASES, mergePhrases } from "./cms-locale.ts";

const schema = interventionJsonSchema({ markReferences: true });
const existing = parseEntry(readFileSync("content/interventions/alle-unge-skal-med.mdx", "utf8"));

describe("the check in /admin/", () => {
  it("accepts every existing entry as the form holds it", () => {
    const governance = governanceJsonSchema({ markReferences: true });
    for (const [collection, dir, jsonSchema] of [
      ["interventions", "content/interventions", schema],
      ["governance", "content/governance", governance],
    ] as const) {
      for (const name of readdirSync(dir)) {
        const entry = parseEntry(readFileSync(`${dir}/${name}`, "utf8"));
        expect(entryFormProblems(collection, entry, jsonSchema), name).toEqual([]);
      }
    }
  }, 60_000);

  it("refuses what the check refuses, with the check's Danish message and the form's label", () => {
    const data = structuredClone(existing) as Record<string, unknown>;
    data["targetGroup"] = { ...(data["targetGroup"] as object), age: { min: 25, max: 15 } };
    data["reviewed"] = "2999-01-01";
    data["contact"] = "http://example.org/";
    data["body"] = "Tekst\n\n![billede](https://x.dk/a.png)";
    const problems = entryFormProblems("interventions", data, schema);
    expect(problems.map((problem) => problem.label)).toEqual([
      "Kontakt",
      "Målgruppe › Alder",
      FIELD_LABELS["reviewed"],
      "Brødtekst",
    ]);
    expect(problems[1]!.message).toBe("age.min skal være mindre end eller lig med age.max.");
    expect(problems[2]!.message).toMatch(/ligger i fremtiden/);
    expect(problems[3]!.message).toMatch(/^Billeder er ikke en del af indsatserne/);
  });

  it("accepts a new entry with a title in another script and a body with {, < and www.", () => {
    const { [SLUG_KEY]: _slug, __source: _source, ...fields } = existing as Record<string, unknown>;
    const data = { ...fields, title: "Молодёжь в работе", body: "Tekst med { og <18 og www.x.dk." };
    expect(entryFormProblems("interventions", { ...data, [SLUG_KEY]: "molodyozh-v-rabote" }, schema)).toEqual(
      [],
    );
  });

  it("checks every link in the links form, ids included", () => {
    const problems = linksFormProblems([
      { id: "god", title: "En side", url: "https://example.dk/" },
      { id: "Dårlig id", title: "En side", url: "javascript:alert(1)" },
      { id: "god", title: "Anden side", url: "https://example.dk/" },
    ]);
    expect(problems.map((problem) => problem.label)).toEqual([
      "Link nr. 2 (Dårlig id)",
      "Link nr. 2 (Dårlig id) › Adresse",
      "Link nr. 3 (god)",
    ]);
  });

  it("names nested fields by their labels", () => {
    expect(fieldLabel(["targetGroup", "age", "min"])).toBe("Målgruppe › Alder › Yngste alder");
    expect(fieldLabel(["sources", 0, "link"])).toBe("Kilder › nr. 1 › Link");
  });

  it("lays our Danish phrases over Decap's", () => {
    const merged = mergePhrases(
      { editor: { editorControlPane: { widget: { required: "x", max: "være være" } } } },
      DANISH_PHRASES,
    );
    expect(merged).toMatchObject({
      editor: {
        editorControlPane: { widget: { required: "x", max: "%{fieldLabel} må højst være %{maxValue}." } },
      },
    });
  });
});
