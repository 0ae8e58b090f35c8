/**
 * `npm run sources` as an editor meets it: file, line, note and a Danish message for a planted
 * fault; exit 1; coverage per file; notes on text the project does not hold counted as "ikke
 * kontrolleret"; and in CI a missing seeds folder is an error, never a silent pass.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EXCEPTION_RULE_NAMES, SOURCE_RULES } from "../../src/lib/sources/index.ts";
import { runNode } from "../support/run-node.ts";

const work = mkdtempSync(join(tmpdir(), "lp-sources-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const shared = resolve(process.env["LP_SHARED_DIR"] || "../shared");
const hasSeeds = existsSync(join(shared, "seeds"));
const valid = readFileSync("tests/fixtures/valid-entry.mdx", "utf8");

/** A content tree with one intervention whose body is `body`. */
function tree(name: string, body: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, "interventions"), { recursive: true });
  mkdirSync(join(dir, "phases"), { recursive: true });
  cpSync("content/links.toml", join(dir, "links.toml"));
  const entry = valid.replace(
    "sources:\n  - publication: katalog-2022",
    "sources:\n  - publication: kommunalt-indsatskatalog\n  - publication: katalog-2022",
  );
  writeFileSync(join(dir, "interventions", "test.mdx"), entry.replace("Testindhold.", body));
  return dir;
}

/** The script on a content tree, with a stand-in for approaches.ts so the tests do not follow the real texts. */
const run = (dir: string, env: Record<string, string> = {}) =>
  runNode(["scripts/sources.ts", dir, "--approaches", "tests/fixtures/sources/approaches.ts"], {
    env: { CI: "", LP_SHARED_DIR: shared, ...env },
    timeoutMs: 60_000,
  });

// Each test starts Node and reads the seeds: seconds on a busy machine, so beyond vitest's default 5 s.
describe("npm run sources", { timeout: 90_000 }, () => {
  it.skipIf(!hasSeeds)(
    "names file, line, note and the fix for a locator that does not resolve, and exits 1",
    async () => {
      const dir = tree(
        "fejl",
        "Ungeguiderne i Randers følger de unge.[^case]\n\n[^case]: katalog-2022, afsnit »Case: Ung i uddanelse«",
      );
      const { status, output } = await run(dir);
      expect(status).toBe(1);
      expect(output).toMatch(
        /interventions\/test\.mdx:\d+ {2}\[\^case\]: Marselisborg-kataloget \(2022\) har ingen overskrift »Case: Ung i uddanelse«\. Mente du »CASE: UNG I UDDANNELSE«\?/,
      );
      expect(output).toContain("Se CONTRIBUTING.md, »Kildenoter«");
    },
  );

  it.skipIf(!hasSeeds)(
    "passes a body whose notes hold, reports coverage and what it could not check",
    async () => {
      const dir = tree(
        "ok",
        [
          "I Randers følger ungeguiderne de unge.[^case]",
          "",
          "- Tilbuddet er beskrevet i et kommunalt katalog.[^kommunalt]",
          "- Et punkt uden note.",
          "",
          "[^case]: katalog-2022, afsnit »Case: Ung i uddannelse«",
          "[^kommunalt]: kommunalt-indsatskatalog, afsnit »Testindsats«",
        ].join("\n"),
      );
      const { status, output } = await run(dir);
      expect(output).toMatch(
        /test\.mdx: 2 af 3 afsnit og punkter har en kildenote eller er redaktionens note \(67 %\)/,
      );
      expect(output).toMatch(
        /Ikke kontrolleret: 1 henvisninger til kilder, hvis tekst projektet ikke har \(kommunalt-indsatskatalog: 1\)/,
      );
      expect(output).toMatch(/Kildetjekket fandt ingen fejl/);
      expect(status).toBe(0);
    },
  );

  it("fails in CI when the seeds are missing, naming the folder", async () => {
    const dir = tree("ci", "Tekst.");
    const { status, output } = await run(dir, { CI: "true", LP_SHARED_DIR: join(work, "findes-ikke") });
    expect(status).toBe(1);
    expect(output).toMatch(/mappen med kildetekster .*findes-ikke\/seeds findes ikke\. Sæt LP_SHARED_DIR/);
  });

  it("outside CI counts every note as not checked when the seeds are missing", async () => {
    const dir = tree("uden", "Tekst.[^case]\n\n[^case]: katalog-2022, afsnit »Case: Ung i uddannelse«");
    const { status, output } = await run(dir, { LP_SHARED_DIR: join(work, "findes-ikke") });
    expect(output).toMatch(/påstandene holdes ikke op mod kildeteksterne/);
    expect(output).toMatch(/Ikke kontrolleret: 3 henvisninger .*katalog-2022 \(teksten mangler\): 3/);
    expect(status).toBe(0);
  });

  it("explains itself in Danish with --help", async () => {
    const { status, output } = await runNode(["scripts/sources.ts", "--help"]);
    expect(status).toBe(0);
    expect(output).toMatch(/afsnit »<overskrift>« .*tabel »<navn i første kolonne>« eller hele teksten/);
    expect(output).toMatch(/sourceExceptions/);
  });

  it("has every rule and every exception rule in CONTRIBUTING's error catalogue", () => {
    const guide = readFileSync("CONTRIBUTING.md", "utf8");
    const catalogue = guide.slice(guide.indexOf("### Kildetjekkets beskeder"));
    for (const rule of SOURCE_RULES)
      expect(catalogue, rule).toMatch(new RegExp(`^\\| \`${rule}\` +\\|`, "m"));
    for (const rule of EXCEPTION_RULE_NAMES) expect(guide).toContain(`\`${rule}\``);
  });
});
