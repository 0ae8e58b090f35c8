import { describe, expect, it } from "vitest";
import { listMdxFiles } from "../../../scripts/lib/content-files.ts";
import { CONTENT_PATHS } from "./content-paths.ts";
import {
  entryId,
  FALLBACK_ID_PREFIX,
  MAX_ID_LENGTH,
  SLUG_PATTERN,
  slugify,
  WINDOWS_RESERVED_NAME,
} from "./slug.ts";
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

describe("slugify in other scripts", () => {
  it("transliterates Cyrillic, Greek, Georgian and Arabic titles to a–z", () => {
    expect(slugify("Молодёжь в работе")).toBe("molodyozh-v-rabote");
    expect(slugify("Νέοι στην εργασία")).toBe("neoi-stin-ergasia");
    expect(slugify("ქართული")).toBe("qartuli");
    expect(slugify("مرحبا")).toMatch(SLUG_PATTERN);
  });

  it("gives nothing where no letter can be spelt in a–z; entryId then falls back", () => {
    expect(slugify("青年就业")).toBe("");
    expect(slugify("…!?")).toBe("");
  });
});

describe("entryId", () => {
  const titles = [
    "Ung på vej",
    "Молодёжь в работе",
    "青年就业",
    "日本語のタイトル",
    "🙂🙂🙂",
    "…!?",
    "Con",
    "LPT1",
    "x".repeat(300),
    `${"ord ".repeat(60)}slut`,
    "Ærø – Øst – Åbyhøj",
  ];

  it("is a valid id for every title, never empty, never reserved, at most MAX_ID_LENGTH long", () => {
    for (const title of titles) {
      const id = entryId(title);
      expect(id, title).toMatch(SLUG_PATTERN);
      expect(id.length, title).toBeLessThanOrEqual(MAX_ID_LENGTH);
      expect(WINDOWS_RESERVED_NAME.test(id), title).toBe(false);
    }
  });

  it("is the slug where there is one, cut at a hyphen when long", () => {
    expect(entryId("Ung på vej")).toBe("ung-paa-vej");
    expect(entryId("Молодёжь в работе")).toBe("molodyozh-v-rabote");
    expect(entryId(`${"ord ".repeat(60)}slut`)).toBe(Array(20).fill("ord").join("-"));
    expect(entryId("con")).toBe("con-1");
  });

  it("falls back to a stable id that differs between titles", () => {
    expect(entryId("青年就业")).toMatch(new RegExp(`^${FALLBACK_ID_PREFIX}-[a-z0-9]{7}$`));
    expect(entryId("青年就业")).toBe(entryId("青年就业"));
    expect(entryId("青年就业")).not.toBe(entryId("日本語のタイトル"));
  });
});
