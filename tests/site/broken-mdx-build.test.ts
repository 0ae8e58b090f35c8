import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const workDir = mkdtempSync(join(tmpdir(), "lp-broken-mdx-"));
/** What tests/fixtures/broken-mdx-site/interventions/kode.mdx would write if its code ran. */
const MARKER = "/tmp/lp-mdx-ran-code.txt";
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("MDX that is code or breaks the parser", () => {
  it("stops the build before anything is compiled, with file, line and a Danish fix for each problem", () => {
    rmSync(MARKER, { force: true });
    const dist = join(workDir, "dist");
    const result = spawnSync(
      process.execPath,
      ["scripts/build-with-content.ts", "tests/fixtures/broken-mdx-site", dist],
      { encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" }, timeout: 120_000 },
    );
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    const dir = "tests/fixtures/broken-mdx-site/interventions";
    expect(output).toContain(
      `${dir}/kode.mdx:25  brødtekst: Linjen »import { writeFileSync } from "node:fs"« henter kode ind`,
    );
    expect(output).toContain(`${dir}/kode.mdx:27  brødtekst: {writeFileSync(`);
    expect(output).toContain(
      `${dir}/vinkellink.mdx:25  brødtekst: Linket <https://example.org/indsats> i vinkelparenteser`,
    );
    expect(output).toContain("[beskrivende tekst](https://example.org/indsats)");
    expect(output).toContain("3 problem(er) i indholdet");
    expect(existsSync(MARKER), "the entry's code ran during the build").toBe(false);
    expect(existsSync(join(dist, "index.html"))).toBe(false);
  });

  it("reports the same problems from npm run check, without a build", () => {
    const result = spawnSync(
      process.execPath,
      ["scripts/check-content.ts", "tests/fixtures/broken-mdx-site"],
      {
        encoding: "utf8",
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("tests/fixtures/broken-mdx-site/interventions/kode.mdx:25  brødtekst:");
    expect(result.stderr).toContain(
      "tests/fixtures/broken-mdx-site/interventions/vinkellink.mdx:25  brødtekst:",
    );
  });
});
