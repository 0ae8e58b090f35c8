import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkFiles } from "../check-content.ts";
import { listMdxFiles, readContentFile, readLinks } from "../lib/content-files.ts";
import { body, createRandom, wordCount, writeSyntheticCatalogue } from "./synthetic-catalogue.ts";

const dir = mkdtempSync(join(tmpdir(), "lp-synthetic-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the synthetic benchmark catalogue", () => {
  const catalogue = writeSyntheticCatalogue(dir, 20);
  const files = listMdxFiles(join(dir, "interventions")).map((file) => readContentFile(file, dir));

  it("writes the requested number of entries with unique ids", () => {
    expect(files).toHaveLength(20);
    expect(new Set(catalogue.ids).size).toBe(20);
  });

  it("passes the same content check as the real catalogue", () => {
    const problems = checkFiles(files, new Set(Object.keys(readLinks(join(dir, "links.toml")))));
    expect(problems).toEqual([]);
  });

  it("gives every entry a body of 300–600 words", () => {
    for (const file of files) {
      expect(wordCount(file.body), file.path).toBeGreaterThanOrEqual(300);
      expect(wordCount(file.body), file.path).toBeLessThanOrEqual(700);
    }
  });

  it("varies the text and is the same for the same seed", () => {
    const bodies = new Set(files.map((file) => file.body));
    expect(bodies.size).toBe(20);
    expect(body(createRandom(7))).toBe(body(createRandom(7)));
    expect(body(createRandom(7))).not.toBe(body(createRandom(8)));
  });

  it("writes the three phase introductions", () => {
    expect(readFileSync(join(dir, "phases", "fastholdelse.md"), "utf8")).toMatch(
      /^---\nphase: fastholdelse\n/,
    );
  });
});
