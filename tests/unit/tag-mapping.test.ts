/** The catalogue's table wordings map to tags by one set of rules, and every table row follows them. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listMdxFiles, readContentFile } from "../../scripts/lib/content-files.ts";
import { CONTENT_PATHS } from "../../src/lib/content/index.ts";
import {
  ANCHORINGS,
  ANCHORING_RULES,
  TARGET_GROUP_RULES,
  anchoringTagsFor,
  targetGroupTagsFor,
  TARGET_GROUPS,
} from "../../src/lib/vocabulary/index.ts";
import { CATALOGUE_ROWS } from "../fixtures/catalogue-rows.ts";

type Frontmatter = { targetGroup: { tags: string[] }; anchoring: { tags: string[] } };

const entries = new Map(
  listMdxFiles(CONTENT_PATHS.interventions.base).map((file) => {
    const { id, frontmatter } = readContentFile(file, process.cwd());
    return [id, frontmatter as Frontmatter];
  }),
);

const sorted = (tags: readonly string[]) => [...new Set(tags)].sort();

describe("the mapping rules", () => {
  it("use only tags from the vocabularies", () => {
    for (const rule of ANCHORING_RULES) for (const tag of rule.tags) expect(ANCHORINGS).toHaveProperty(tag);
    for (const rule of TARGET_GROUP_RULES)
      for (const tag of rule.tags) expect(TARGET_GROUPS).toHaveProperty(tag);
  });

  it("map »Ungdoms-/erhvervsuddannelse« to both education tags", () => {
    expect(sorted(anchoringTagsFor(["Ungdoms-/erhvervsuddannelse"]))).toEqual([
      "erhvervsuddannelse",
      "ungdomsuddannelse",
    ]);
  });

  it("keep the grey zone between STU and FGU out of the STU and FGU pages", () => {
    const tags = targetGroupTagsFor("Unge op til 20 år der befinder sig i gråzonen mellem STU og FGU", [
      "Den kommunale ungeindsats",
    ]);
    expect(tags).toEqual(["mellem-stu-og-fgu"]);
  });

  it("still read STU and FGU as such outside the grey zone", () => {
    expect(targetGroupTagsFor("3. årselever på STU", ["STU"])).toEqual(["stu-elever"]);
    expect(sorted(targetGroupTagsFor("Elever på FGU der er i risiko for frafald", ["FGU"]))).toEqual([
      "fgu-elever",
      "frafaldstruede",
    ]);
  });

  it("fall back on the jobcenter's young unemployed, or on young people outside education and job", () => {
    const cell = "Unge, der gerne vil ud at arbejde";
    expect(targetGroupTagsFor(cell, ["Jobcenter"])).toEqual(["ledige-unge"]);
    expect(targetGroupTagsFor(cell, ["Den kommunale ungeindsats"])).toEqual(["unge-uden-uddannelse-og-job"]);
  });

  it("refuse an anchoring wording that has no rule", () => {
    expect(() => anchoringTagsFor(["Kommunens kantine"])).toThrow(
      /Ingen regel for forankringen "Kommunens kantine"/,
    );
  });
});

describe("every row of the overview tables", () => {
  const rows = CATALOGUE_ROWS.filter((row) => row.cells);

  it("has its cells transcribed", () => {
    expect(rows.map((row) => row.slug)).toEqual(CATALOGUE_ROWS.map((row) => row.slug));
  });

  it.each(rows.map((row) => [row.slug, row] as const))(
    "%s has the tags its table row maps to",
    (slug, row) => {
      const entry = entries.get(slug);
      expect(entry, `content/interventions/${slug}.mdx is missing`).toBeDefined();
      const { cells, extra } = row;
      if (extra) expect(extra.because.length).toBeGreaterThan(10);
      expect(sorted(entry!.anchoring.tags), "anchoring.tags").toEqual(
        sorted([...anchoringTagsFor(cells!.anchoring), ...(extra?.anchoring ?? [])]),
      );
      expect(sorted(entry!.targetGroup.tags), "targetGroup.tags").toEqual(
        sorted([...targetGroupTagsFor(cells!.targetGroup, cells!.anchoring), ...(extra?.targetGroup ?? [])]),
      );
    },
  );
});

describe("CONTRIBUTING.md", () => {
  const guide = readFileSync("CONTRIBUTING.md", "utf8");
  const start = guide.indexOf("\n### Fra Marselisborg-katalogets tabeller til tags\n");
  const section = guide.slice(start, guide.indexOf("\n## ", start + 1));
  const tableRows = (header: string) => {
    const from = section.indexOf(header);
    expect(from, `no table headed "${header}"`).toBeGreaterThan(-1);
    return section
      .slice(from)
      .split("\n")
      .slice(2)
      .filter(
        (line, index, lines) => line.startsWith("|") && lines.slice(0, index).every((l) => l.startsWith("|")),
      )
      .map((line) =>
        line
          .split("|")
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
  };
  const codes = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]);

  it("has the section", () => expect(start).toBeGreaterThan(-1));

  it("lists exactly the anchoring rules", () => {
    const documented = tableRows("| Formulering i Forankring").map(([wordings, tags]) => ({
      wordings: [...wordings!.matchAll(/»([^«]+)«/g)].map((match) => match[1]),
      tags: codes(tags!),
    }));
    expect(documented).toEqual(ANCHORING_RULES.map(({ wordings, tags }) => ({ wordings, tags })));
  });

  it("lists exactly the target-group rules, in order", () => {
    const documented = tableRows("| Formulering i Målgruppe").map(([example, tags]) => ({
      example,
      tags: codes(tags!),
    }));
    expect(documented).toEqual(TARGET_GROUP_RULES.map(({ example, tags }) => ({ example, tags })));
  });
});
