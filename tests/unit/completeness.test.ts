import { describe, expect, it } from "vitest";
import { listMdxFiles, readContentFile } from "../../scripts/lib/content-files.ts";
import { CONTENT_PATHS } from "../../src/lib/content/index.ts";
import { PHASE_SLUGS } from "../../src/lib/vocabulary/index.ts";
import { ARTICLE_ROWS, CASE_SLUGS, CATALOGUE_ROWS } from "../fixtures/catalogue-rows.ts";

type Frontmatter = {
  title: string;
  phase: string;
  case?: boolean;
  context: { scope?: string; municipalities?: string[]; regions?: string[] };
};

const entries = new Map(
  listMdxFiles(CONTENT_PATHS.interventions.base).map((file) => {
    const { id, frontmatter } = readContentFile(file, process.cwd());
    return [id, frontmatter as Frontmatter];
  }),
);

describe("catalogue completeness", () => {
  it("has the 36 rows of the overview tables: 8, 23 and 5 per phase", () => {
    expect(CATALOGUE_ROWS).toHaveLength(36);
    const perPhase = PHASE_SLUGS.map((phase) => CATALOGUE_ROWS.filter((row) => row.phase === phase).length);
    expect(perPhase).toEqual([8, 23, 5]);
  });

  it.each([...CATALOGUE_ROWS, ...ARTICLE_ROWS].map((row) => [row.slug, row] as const))(
    "%s is present with the right title, phase and place",
    (slug, row) => {
      const entry = entries.get(slug);
      expect(entry, `content/interventions/${slug}.mdx is missing`).toBeDefined();
      expect(entry!.title).toBe(row.title);
      expect(entry!.phase).toBe(row.phase);
      expect([...(entry!.context.municipalities ?? [])].sort()).toEqual([...row.municipalities].sort());
      if (row.regions) expect(entry!.context.regions).toEqual(row.regions);
      if (row.national) expect(entry!.context.scope).toBe("national");
    },
  );

  it("holds exactly the 39 expected entries", () => {
    const expected = [...CATALOGUE_ROWS, ...ARTICLE_ROWS].map((row) => row.slug).sort();
    expect([...entries.keys()].sort()).toEqual(expected);
  });

  it("marks exactly the four in-depth cases", () => {
    const cases = [...entries].filter(([, data]) => data.case).map(([id]) => id);
    expect(cases.sort()).toEqual([...CASE_SLUGS].sort());
  });
});
