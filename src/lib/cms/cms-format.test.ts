import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent, contentTree, formatProblem } from "../check/check.ts";
import { listFiles, listMdxFiles } from "../../../scripts/lib/content-files.ts";
import { fileSlug, parseEntry, serializeEntry, SLUG_KEY, SOURCE_KEY } from "./cms-format.ts";
import { governanceJsonSchema } from "../open-data/governance-open-data.ts";
import { interventionJsonSchema } from "../schema/json-schema.ts";
import { entryId, SLUG_PATTERN, slugify } from "../content/slug.ts";

const schema = interventionJsonSchema({ markReferences: true });
const files = listMdxFiles("content/interventions");

/** Lines of `after` that differ from `before`, as "-old" / "+new" pairs (same line count assumed). */
function changedLines(before: string, after: string): string[] {
  const a = before.split("\n");
  const b = after.split("\n");
  expect(b.length).toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [`-${line}`, `+${b[i]}`]));
}

/** What the form hands back for a new entry: every field, empty ones as "" or [] like Decap's widgets. */
const formEntry = {
  title: "Unge på vej i Aarhus",
  summary:
    "En indsats, hvor unge ledige i Aarhus får en fast kontaktperson og hjælp til at vælge uddannelse.",
  context: { scope: "kommunal", municipalities: ["aarhus"], regions: [], organisation: "", note: "" },
  responsible: "ukendt",
  focus: "At hjælpe unge ledige videre i uddannelse.",
  targetGroup: {
    description: "Unge ledige under 30 år.",
    tags: ["ledige-unge"],
    age: { min: null, max: null },
  },
  anchoring: { tags: ["jobcenter"], organisations: [], note: "" },
  phase: "efter-grundskolen",
  scores: { virkning: { level: null, rationale: "", basis: [] } },
  results: [],
  period: { start: "", end: "", note: "" },
  status: "ukendt",
  sources: [{ publication: "katalog-2022", section: "Case: Unge på vej", link: "", via: "" }],
  case: false,
  related: [],
  reviewed: "2026-11-28",
  body: "## Om indsatsen\r\n\r\nUnge får en fast kontaktperson.",
};

describe("the editor's file format", () => {
  it("writes every existing entry back byte for byte when nothing changed", () => {
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(serializeEntry(parseEntry(text), schema), file).toBe(text);
    }
  }, 30_000);

  it("changes only the lines of the fields that changed, keeping inline lists and quotes", () => {
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const entry = parseEntry(text);
      const edited = { ...entry, status: entry["status"] === "afsluttet" ? "ukendt" : "afsluttet" };
      const out = serializeEntry(edited, schema);
      if (entry["status"] === undefined) {
        // A new key is inserted at its place in the key order, not appended.
        expect(out, file).toMatch(/\nstatus: afsluttet\n(sources|case|related|reviewed):/);
        expect(out.replace("status: afsluttet\n", "")).toBe(text);
      } else {
        expect(changedLines(text, out), file).toEqual([
          `-status: ${String(entry["status"])}`,
          `+status: ${String(edited.status)}`,
        ]);
      }
    }
  }, 30_000);

  it("keeps the flow style of a list it changes and the body when only the frontmatter changed", () => {
    const file = join("content/interventions", "alle-unge-skal-med.mdx");
    const text = readFileSync(file, "utf8");
    const entry = parseEntry(text) as { context: { municipalities: string[] } } & Record<string, unknown>;
    const edited = { ...entry, context: { ...entry.context, municipalities: ["odense", "nyborg"] } };
    expect(changedLines(text, serializeEntry(edited, schema))).toEqual([
      "-  municipalities: [odense]",
      "+  municipalities: [odense, nyborg]",
    ]);
  });

  it("writes every governance example back byte for byte, and one field change as one line", () => {
    const governance = governanceJsonSchema({ markReferences: true });
    const examples = listFiles("content/governance", ".md");
    expect(examples.length).toBeGreaterThan(3);
    for (const file of examples) {
      const text = readFileSync(file, "utf8");
      const entry = parseEntry(text);
      expect(serializeEntry(entry, governance), file).toBe(text);
      expect(
        changedLines(text, serializeEntry({ ...entry, reviewed: "2026-11-29" }, governance)),
        file,
      ).toEqual([expect.stringMatching(/^-reviewed: /), "+reviewed: 2026-11-29"]);
    }
  });

  it("names a new file by its title as npm run new does, and never writes that name into the file", () => {
    expect(fileSlug("Unge på vej i Århus – Ærø og Søby")).toBe("unge-paa-vej-i-aarhus-aeroe-og-soeby");
    expect(fileSlug("Unge på vej")).toBe(slugify("Unge på vej"));
    expect(fileSlug("Молодёжь в работе")).toBe("molodyozh-v-rabote");
    expect(fileSlug("青年就业")).toBe(entryId("青年就业"));
    expect(fileSlug("青年就业")).toMatch(SLUG_PATTERN);
    expect(fileSlug("")).toBeUndefined();
    expect(fileSlug(undefined)).toBeUndefined();
    const text = serializeEntry(
      { ...structuredClone(formEntry), [SLUG_KEY]: "unge-paa-vej-i-aarhus" },
      schema,
    );
    expect(text).not.toContain(SLUG_KEY);
    expect(text).not.toContain("unge-paa-vej-i-aarhus");
  });

  it("never writes the source text it carries", () => {
    const text = readFileSync(files[0]!, "utf8");
    const entry = parseEntry(text);
    expect(entry[SOURCE_KEY]).toBe(text);
    expect(serializeEntry({ ...entry, title: "Ny titel" }, schema)).not.toContain(SOURCE_KEY);
  });

  it("writes a new entry in the project's key order and style, without the form's empty fields", () => {
    const text = serializeEntry(structuredClone(formEntry), schema);
    expect(text).toBe(`---
title: Unge på vej i Aarhus
summary: En indsats, hvor unge ledige i Aarhus får en fast kontaktperson og hjælp til at vælge uddannelse.
context:
  municipalities: [aarhus]
responsible: ukendt
focus: At hjælpe unge ledige videre i uddannelse.
targetGroup:
  description: Unge ledige under 30 år.
  tags: [ledige-unge]
anchoring:
  tags: [jobcenter]
phase: efter-grundskolen
sources:
  - publication: katalog-2022
    section: "Case: Unge på vej"
reviewed: 2026-11-28
---

## Om indsatsen

Unge får en fast kontaktperson.
`);
  });

  it("writes a new entry that passes the same check as npm run check", () => {
    const dir = mkdtempSync(join(tmpdir(), "lp-cms-format-"));
    try {
      cpSync("content/phases", join(dir, "phases"), { recursive: true });
      cpSync("content/links.toml", join(dir, "links.toml"));
      mkdirSync(join(dir, "interventions"));
      writeFileSync(
        join(dir, "interventions", "unge-paa-vej-i-aarhus.mdx"),
        serializeEntry(structuredClone(formEntry), schema),
      );
      const { problems, counts } = checkContent(contentTree(dir), process.cwd());
      expect(counts.interventions).toBe(1);
      expect(problems.map(formatProblem)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps the schema's key order when it adds a key to an existing entry", () => {
    const text = readFileSync(join("content/interventions", "alle-unge-skal-med.mdx"), "utf8");
    const entry = parseEntry(text);
    expect(entry["contact"]).toBeUndefined();
    const out = serializeEntry({ ...entry, contact: "https://www.odense.dk" }, schema);
    expect(out).toMatch(/\nresponsible: [^\n]+\ncontact: https:\/\/www\.odense\.dk\nfocus: /);
    expect(out.replace("contact: https://www.odense.dk\n", "")).toBe(text);
  });
});
