import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkContent, contentTree, formatProblem } from "../../src/lib/check/index.ts";
import { buildGovernance, renderGovernance, validateGovernance } from "../../scripts/lib/new-governance.ts";

const work = mkdtempSync(join(tmpdir(), "lp-new-governance-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const answers = {
  title: "Testudvalg i Randers",
  summary: "Et testeksempel på et politisk udvalg, som kun findes her for at prøve kommandoen af.",
  municipalities: "randers",
  themes: "politisk-styring",
  approaches: "bredt-politisk-udvalg:katalog, faelles-maalsaetninger",
  links: "eksempel",
  section: "Politisk fokus og opfølgning",
};

describe("new governance examples", () => {
  it("builds an example that passes the check, reading a bare approach as the editors' reading", () => {
    const entry = buildGovernance(answers, "2026-11-28");
    expect(entry.slug).toBe("testudvalg-i-randers");
    expect(entry.data["approaches"]).toEqual([
      { id: "bredt-politisk-udvalg", known: "katalog" },
      { id: "faelles-maalsaetninger", known: "redaktionen" },
    ]);
    expect(validateGovernance(entry, [], new Set(["eksempel"]))).toEqual([]);
    const dir = join(work, "built");
    for (const folder of ["interventions", "phases", "governance"])
      mkdirSync(join(dir, folder), { recursive: true });
    cpSync("tests/fixtures/scored-site/links.toml", join(dir, "links.toml"));
    const file = join(dir, "governance", `${entry.slug}.md`);
    writeFileSync(file, renderGovernance(entry.data));
    expect(checkContent(contentTree(dir), work).problems.map(formatProblem)).toEqual([]);
  });

  it("names every bad answer before writing anything", () => {
    const entry = buildGovernance({ ...answers, themes: "politik", links: "findes-ikke" }, "2026-11-28");
    const problems = validateGovernance(
      entry,
      [{ id: "testudvalg-i-randers", title: "Testudvalg i Randers" }],
      new Set(),
    );
    expect(problems.join("\n")).toContain('"politik" er ikke en gyldig værdi for tema');
    expect(problems.join("\n")).toContain('"findes-ikke" findes ikke i content/links.toml');
    expect(problems.join("\n")).toContain("findes allerede");
  });

  it("writes nothing from the command line when an answer is wrong", () => {
    const dir = join(work, "cli");
    mkdirSync(dir, { recursive: true });
    cpSync("content/links.toml", join(dir, "links.toml"));
    const run = (extra: string[]) =>
      spawnSync(process.execPath, ["scripts/new-governance.ts", ...extra, "--yes"], {
        env: { ...process.env, LP_CONTENT_DIR: dir },
        encoding: "utf8",
      });
    const bad = run(["--title", "X", "--summary", "kort", "--themes", "politik"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Eksemplet blev ikke oprettet");
    expect(existsSync(join(dir, "governance"))).toBe(false);
    const good = run([
      "--title",
      answers.title,
      "--summary",
      answers.summary,
      "--municipalities",
      "randers",
      "--themes",
      "koordinering",
    ]);
    expect(good.status, good.stderr).toBe(0);
    expect(readdirSync(join(dir, "governance"))).toEqual(["testudvalg-i-randers.md"]);
    expect(readFileSync(join(dir, "governance", "testudvalg-i-randers.md"), "utf8")).toContain("themes:");
  }, 60_000);
});
