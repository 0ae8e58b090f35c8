import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildWithContent } from "../support/run-node.ts";

const workDir = mkdtempSync(join(tmpdir(), "lp-broken-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("a broken entry", () => {
  it("fails the build with the file, the field, the bad value and a suggestion", async () => {
    const { status, output } = await buildWithContent("tests/fixtures/broken-site", join(workDir, "dist"), {
      timeoutMs: 100_000,
    });
    expect(status, output).not.toBe(0);
    expect(output).toContain("forkert-fase");
    expect(output).toContain("tests/fixtures/broken-site/interventions/forkert-fase.mdx");
    expect(output).toMatch(/phase\W*: "efter-grundskole" er ikke en gyldig fase/);
    expect(output).toContain('Mente du: "efter-grundskolen"?');
  }, 120_000);
});
