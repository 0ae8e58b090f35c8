import { describe, expect, it } from "vitest";
import { listMdxFiles } from "../../../scripts/lib/content-files.ts";
import { CONTENT_PATHS } from "./content-paths.ts";
import { SLUG_PATTERN, slugify } from "./slug.ts";
import { MUNICIPALITIES } from "../vocabulary/geography.ts";

describe("slugify", () => {
  it("spells æ, ø and å the way existing file names do", () => {
    expect(slugify("Måltid Fritid Fremtid")).toBe("maaltid-fritid-fremtid");
    expect(slugify("Støberiet")).toBe("stoeberiet");
    expect(slugify("Bedsteforældreordningen")).toBe("bedsteforaeldreordningen");
    expect(slugify("Læringslokomotivet")).toBe("laeringslokomotivet");
    expect(slugify("Ung på vej")).toBe("ung-paa-vej");
  });

  it("keeps digits, drops punctuation and other accents", () => {
    expect(slugify("Styrket tidlig indsats for 15–17-årige")).toBe("styrket-tidlig-indsats-for-15-17-aarige");
    expect(slugify("#KomMed")).toBe("kommed");
    expect(slugify("Café Über – ÆØÅ!")).toBe("cafe-uber-aeoeaa");
  });

  it("matches every municipality slug from its name", () => {
    for (const [slug, { name }] of Object.entries(MUNICIPALITIES)) expect(slugify(name)).toBe(slug);
  });

  it("agrees with every existing file name", () => {
    for (const file of listMdxFiles(CONTENT_PATHS.interventions.base)) {
      const id = file.split("/").pop()!.replace(".mdx", "");
      expect(id).toMatch(SLUG_PATTERN);
      expect(slugify(id)).toBe(id);
    }
  });
});
