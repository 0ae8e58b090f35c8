/**
 * Every built page is valid HTML by the W3C's Nu Html Checker (vnu-jar, run with Debian's Java;
 * `.ci/run` installs default-jre-headless when it is missing). All pages go to one JVM run, with a
 * known-broken page beside them, so the test also proves the checker reports what it should.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listHtmlPages } from "../../scripts/lib/site-pages.ts";
import { DIST, requireBuild } from "../support/dist.ts";

type VnuMessage = { type: string; subType?: string; url?: string; lastLine?: number; message: string };

const VNU_JAR = join(createRequire(import.meta.url).resolve("vnu-jar"), "..", "build", "dist", "vnu.jar");
const work = mkdtempSync(join(tmpdir(), "lp-vnu-"));
const control = join(work, "control.html");
let pages: string[];
let messages: VnuMessage[];

beforeAll(() => {
  requireBuild();
  pages = listHtmlPages(DIST).map((page) => page.file);
  writeFileSync(
    control,
    '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Kontrol</title></head><body><h1 id="a">A</h1><p id="a">B</p></body></html>',
  );
  const result = spawnSync(
    "java",
    ["-jar", VNU_JAR, "--errors-only", "--format", "json", control, ...pages],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      timeout: 300_000,
    },
  );
  if (result.error)
    throw new Error(`Could not run the Nu Html Checker (is Java installed?): ${result.error.message}`);
  messages = (JSON.parse(result.stderr) as { messages: VnuMessage[] }).messages;
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const fileOf = (message: VnuMessage) => decodeURIComponent(new URL(message.url ?? "file:///").pathname);

describe("HTML conformance (Nu Html Checker)", () => {
  it("checks every built page", () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it("reports the errors in a broken control page, so a clean result means something", () => {
    const found = messages.filter((message) => fileOf(message) === control);
    expect(found.map((message) => message.message)).toContain("Duplicate ID “a”.");
  });

  it("finds no errors on any built page", () => {
    const errors = messages
      .filter((message) => fileOf(message) !== control)
      .filter((message) => message.type === "error" || message.type === "non-document-error")
      .map((message) => `${relative(DIST, fileOf(message))}:${message.lastLine ?? "?"}  ${message.message}`);
    expect(errors).toEqual([]);
  });
});
