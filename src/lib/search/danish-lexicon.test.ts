import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

const cacheDir = mkdtempSync(join(tmpdir(), "lp-lexicon-"));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** A fresh copy of the module, as a new build process would have. */
async function freshLoad() {
  vi.resetModules();
  const { loadDanishLexicon } = await import("./danish-lexicon.ts");
  return loadDanishLexicon({ cacheDir });
}

const WORDS = ["erhvervspraktik", "uddannelse", "mentorer", "politikerne", "ungeguiderne"];

describe("the parsed lexicon, cached between builds", () => {
  it("reads the same lexicon from the cache as from the dictionary", async () => {
    const parsed = await freshLoad();
    const files = readdirSync(cacheDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^danish-lexicon-[0-9a-f]{16}\.v8$/);
    const cached = await freshLoad();
    for (const word of WORDS) {
      expect(cached.lemmas(word), word).toEqual(parsed.lemmas(word));
      expect(cached.isEnding(word), word).toBe(parsed.isEnding(word));
    }
    expect(cached.isBeginning("erhvervs")).toBe(true);
    expect(cached.isBeginning("ud")).toBe(false);
  });

  it("parses the dictionary again when the cache can't be read", async () => {
    const [file] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, file!), "not a cache");
    const lexicon = await freshLoad();
    expect(lexicon.isBeginning("erhvervs")).toBe(true);
    expect(lexicon.lemmas("mentorer")).toContain("mentor");
  });
});
