import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildTree, checkContent, contentTree, formatProblem } from "./check.ts";

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), "lp-check-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const VALID = readFileSync("tests/fixtures/valid-entry.mdx", "utf8");

/** A small content tree in a temp folder: the valid fixture plus whatever the test writes. */
function tree(name: string, files: Record<string, string>) {
  const dir = join(work, name);
  mkdirSync(join(dir, "interventions"), { recursive: true });
  mkdirSync(join(dir, "phases"), { recursive: true });
  cpSync("tests/fixtures/scored-site/links.toml", join(dir, "links.toml"));
  writeFileSync(join(dir, "interventions", "gyldig.mdx"), VALID);
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return checkContent(contentTree(dir), root);
}

describe("checkContent", () => {
  it("passes the real catalogue and counts what it read", () => {
    const { problems, counts } = checkContent(buildTree(), root);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(counts.interventions).toBeGreaterThanOrEqual(39);
    expect(counts.phases).toBe(3);
    expect(counts.links).toBeGreaterThan(0);
  });

  it("points at the line of a nested value, not just its top-level field", () => {
    const text = VALID.replace("tags: [psykisk-saarbare]", "tags: [psykisk-saarbare, mistrivelse]");
    const { problems } = tree("nested", { "interventions/gyldig.mdx": text });
    expect(problems).toMatchObject([{ line: 10, field: "targetGroup.tags.1" }]);
    expect(problems[0]!.message).toContain('Mente du: "mistrivsel"?');
  });

  it("points at the line of a misspelt field name", () => {
    const text = VALID.replace("focus:", "fokus:");
    const { problems } = tree("unknown-key", { "interventions/gyldig.mdx": text });
    const unknown = problems.find((problem) => problem.message.includes('"fokus"'));
    expect(unknown).toMatchObject({ line: 7, field: "(frontmatter)" });
  });

  it("suggests the nearest link id for an unknown one", () => {
    const text = VALID.replace(
      '    section: "Oversigt over indsatser – Indsatser efter grundskolen"',
      '    section: "Oversigt over indsatser – Indsatser efter grundskolen"\n  - link: eksempell',
    );
    const { problems } = tree("link-id", { "interventions/gyldig.mdx": text });
    expect(problems).toMatchObject([{ line: 23, field: "sources.1.link" }]);
    expect(problems[0]!.message).toContain('Mente du: "eksempel"?');
  });

  it("reports YAML syntax errors with their line", () => {
    const text = VALID.replace("phase: efter-grundskolen", "phase: [efter-grundskolen");
    const { problems } = tree("yaml", { "interventions/gyldig.mdx": text });
    expect(problems[0]).toMatchObject({ field: "frontmatter" });
    expect(problems[0]!.message).toMatch(/^YAML-fejl/);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(13);
  });

  it("rejects a file name that is not a slug, suggesting one from the title", () => {
    const { problems } = tree("file-name", {
      "interventions/gyldig.mdx": VALID,
      "interventions/Min Indsats.mdx": VALID.replace("Gyldig testindsats", "Min indsats på Ærø"),
    });
    expect(problems).toMatchObject([{ field: "filnavn" }]);
    expect(problems[0]!.message).toContain('Mente du: "min-indsats-paa-aeroe.mdx"?');
  });

  it("rejects two entries with the same title", () => {
    const { problems } = tree("duplicate", { "interventions/kopi.mdx": VALID });
    expect(problems).toMatchObject([{ field: "title", line: 2 }]);
    expect(problems[0]!.message).toContain("bruges allerede af");
    expect(problems[0]!.message).toContain("gyldig.mdx");
  });

  it("checks a shared figure's sharedWith: not the entry itself, an entry that exists, each once", () => {
    const shared = (ids: string) =>
      VALID.replace(
        "sources:",
        `results:\n  - { value: 80, unit: procent, measure: "begyndt på en uddannelse", sharedWith: [${ids}] }\nsources:`,
      );
    const ok = tree("shared-ok", {
      "interventions/gyldig.mdx": shared("andre"),
      "interventions/andre.mdx": VALID.replace("Gyldig testindsats", "Anden testindsats"),
    });
    expect(ok.problems.map(formatProblem)).toEqual([]);
    const { problems } = tree("shared-bad", {
      "interventions/gyldig.mdx": shared("gyldig, andne, andre, andre"),
      "interventions/andre.mdx": VALID.replace("Gyldig testindsats", "Anden testindsats"),
    });
    expect(problems.map((problem) => problem.field)).toEqual([
      "results.0.sharedWith.0",
      "results.0.sharedWith.1",
      "results.0.sharedWith.3",
    ]);
    expect(problems[0]!.message).toContain("er indsatsen selv");
    expect(problems[1]!.message).toContain('Mente du: "andre"?');
    expect(problems[2]!.message).toContain("står to gange");
    expect(problems.every((problem) => problem.line === 21)).toBe(true);
  });

  it("rejects a result scope outside the vocabulary, naming the allowed value", () => {
    const text = VALID.replace(
      "sources:",
      'results:\n  - { value: 4, unit: procent, measure: "frafald på hele skolen", scope: omgivelser }\nsources:',
    );
    const { problems } = tree("scope", { "interventions/gyldig.mdx": text });
    expect(problems).toMatchObject([{ field: "results.0.scope", line: 21 }]);
    expect(problems[0]!.message).toContain("kontekst");
  });

  it("validates links.toml: bad URLs by id and the line of the field, TOML syntax by line", () => {
    const bad = tree("bad-url", {
      "links.toml":
        '[eksempel]\ntitle = "Eksempel"\nurl = "https://example.org/"\n\n[andet]\ntitle = "Andet"\nurl = "example.org"\n',
    });
    expect(bad.problems).toMatchObject([{ field: "andet.url", line: 7 }]);
    expect(bad.problems[0]!.message).toContain("https://");
    const broken = tree("bad-toml", { "links.toml": '[eksempel]\ntitle = "Eksempel\nurl = "x"\n' });
    expect(broken.problems[0]).toMatchObject({ field: "TOML", line: 2 });
  });

  it("validates phase introductions and rejects raw HTML in them", () => {
    const phase =
      "---\nphase: fastholdelsen\nlead: En introduktion, der er lang nok til at opfylde skemaets krav om længde.\n---\n\n<div>Tekst</div>\n";
    const { problems } = tree("phase", { "phases/fastholdelse.md": phase });
    expect(problems.map((problem) => [problem.field, problem.line])).toEqual([
      ["phase", 2],
      ["brødtekst", 6],
    ]);
    expect(problems[0]!.message).toContain('Mente du: "fastholdelse"?');
  });
});
