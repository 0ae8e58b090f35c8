import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildWithContent, runNode } from "../support/run-node.ts";

const workDir = mkdtempSync(join(tmpdir(), "lp-broken-mdx-"));
/** What tests/fixtures/broken-mdx-site/interventions/kode.mdx would write if its code ran. */
const MARKER = "/tmp/lp-mdx-ran-code.txt";
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("MDX that is code or breaks the parser", () => {
  it("stops the build before anything is compiled, with file, line and a Danish fix for each problem", async () => {
    rmSync(MARKER, { force: true });
    const dist = join(workDir, "dist");
    const { status, output } = await buildWithContent("tests/fixtures/broken-mdx-site", dist, {
      timeoutMs: 100_000,
    });
    expect(status, output).not.toBe(0);
    const dir = "tests/fixtures/broken-mdx-site/interventions";
    expect(output).toContain(
      `${dir}/kode.mdx:26  brødtekst: Linjen »import { writeFileSync } from "node:fs"« henter kode ind`,
    );
    expect(output).toContain(`${dir}/kode.mdx:28  brødtekst: {writeFileSync(`);
    expect(output).toContain(
      `${dir}/vinkellink.mdx:26  brødtekst: Linket <https://example.org/indsats> i vinkelparenteser`,
    );
    expect(output).toContain("[beskrivende tekst](https://example.org/indsats)");
    expect(output).toContain("3 problem(er) i indholdet");
    expect(existsSync(MARKER), "the entry's code ran during the build").toBe(false);
    expect(existsSync(join(dist, "index.html"))).toBe(false);
  }, 120_000);

  it("reports the same problems from npm run check, without a build", async () => {
    const { status, output } = await runNode(["scripts/check-content.ts", "tests/fixtures/broken-mdx-site"]);
    expect(status, output).toBe(1);
    expect(output).toContain("tests/fixtures/broken-mdx-site/interventions/kode.mdx:26  brødtekst:");
    expect(output).toContain("tests/fixtures/broken-mdx-site/interventions/vinkellink.mdx:26  brødtekst:");
  });
});
