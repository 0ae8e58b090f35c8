import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const workDir = mkdtempSync(join(tmpdir(), "lp-broken-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("a broken entry", () => {
  it("fails the build with the file, the field, the bad value and a suggestion", () => {
    const result = spawnSync(
      process.execPath,
      ["scripts/build-with-content.ts", "tests/fixtures/broken-site", join(workDir, "dist")],
      { encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" }, timeout: 120_000 },
    );
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain("forkert-fase");
    expect(output).toContain("tests/fixtures/broken-site/interventions/forkert-fase.mdx");
    expect(output).toMatch(/phase\W*: "efter-grundskole" er ikke en gyldig fase/);
    expect(output).toContain('Mente du: "efter-grundskolen"?');
  });
});
