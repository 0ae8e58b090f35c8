/**
 * The dependency rules (dependency-rules.mjs, run by `npm run lint`) on small planted trees: each
 * forbidden import is reported by name, and the repository itself passes.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { astroCode, checkDependencies } from "../../scripts/lib/dependency-check.ts";

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A throwaway tree with the given files (path → text). */
function plant(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "lp-planted-"));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A well-formed folder src/lib/a/ that the planted files can import. */
const FOLDER = {
  "src/lib/a/index.ts": 'export * from "./one.ts";\n',
  "src/lib/a/one.ts": "export const one = 1;\n",
};

describe("the dependency rules", () => {
  it("pass on this repository", { timeout: 60_000 }, async () => {
    const result = await checkDependencies();
    expect(result.report).toContain("no dependency violations");
    expect(result.ok).toBe(true);
  });

  it("pass on a planted tree that imports through the index", { timeout: 30_000 }, async () => {
    const root = plant({
      ...FOLDER,
      "src/pages/fine.astro": '---\nimport { one } from "../lib/a/index.ts";\n---\n<p>{one}</p>\n',
    });
    expect((await checkDependencies(root)).ok).toBe(true);
  });

  it("fail on a cycle", { timeout: 30_000 }, async () => {
    const root = plant({
      ...FOLDER,
      "src/lib/a/one.ts": 'import { two } from "./two.ts";\nexport const one = () => two();\n',
      "src/lib/a/two.ts": 'import { one } from "./one.ts";\nexport const two = () => one;\n',
    });
    const result = await checkDependencies(root);
    expect(result.ok).toBe(false);
    expect(result.report).toMatch(/no-circular: src\/lib\/a\/(one|two)\.ts/);
  });

  it(
    "fail on a deep import from a page, in frontmatter or in a <script>, and on a missing file",
    { timeout: 30_000 },
    async () => {
      const root = plant({
        ...FOLDER,
        "src/pages/deep.astro": '---\nimport { one } from "../lib/a/one.ts";\n---\n<p>{one}</p>\n',
        "src/components/Island.astro":
          '<div></div>\n<script>\n  import { one } from "../lib/a/one.ts";\n  console.log(one);\n</script>\n',
        "src/data/deep.ts": 'export { one } from "../lib/a/one.ts";\n',
        "src/data/typo.ts": 'export { one } from "../lib/a/indx.ts";\n',
      });
      const result = await checkDependencies(root);
      expect(result.ok).toBe(false);
      expect(result.report).toContain("lib-through-index: src/pages/deep.astro → src/lib/a/one.ts");
      expect(result.report).toContain("lib-through-index: src/components/Island.astro → src/lib/a/one.ts");
      expect(result.report).toContain("lib-through-index: src/data/deep.ts → src/lib/a/one.ts");
      expect(result.report).toContain("no-unresolvable: src/data/typo.ts → ../lib/a/indx.ts");
    },
  );

  it(
    "fail when schema/ reaches search, a page uses cms/, or an island takes a heavy index",
    { timeout: 30_000 },
    async () => {
      const root = plant({
        "src/lib/search/index.ts": 'export * from "./state.ts";\n',
        "src/lib/search/browser.ts": 'export * from "./state.ts";\n',
        "src/lib/search/state.ts": "export const state = 1;\n",
        "src/lib/schema/index.ts": 'export * from "./field.ts";\n',
        "src/lib/schema/field.ts":
          'import { state } from "../search/state.ts";\nexport const field = state;\n',
        "src/lib/cms/index.ts": "export const cms = 1;\n",
        "src/pages/om.astro": '---\nimport { cms } from "../lib/cms/index.ts";\n---\n<p>{cms}</p>\n',
        "src/pages/admin/index.astro":
          '---\nimport { cms } from "../../lib/cms/index.ts";\n---\n<p>{cms}</p>\n',
        "src/scripts/search.ts": 'import { state } from "../lib/search/index.ts";\nconsole.log(state);\n',
      });
      const result = await checkDependencies(root);
      expect(result.ok).toBe(false);
      expect(result.report).toContain(
        "schema-and-vocabulary-stand-alone: src/lib/schema/field.ts → src/lib/search/state.ts",
      );
      expect(result.report).toContain("lib-layers-schema: src/lib/schema/field.ts → src/lib/search/state.ts");
      expect(result.report).toContain("cms-only-in-admin: src/pages/om.astro → src/lib/cms/index.ts");
      expect(result.report).not.toContain("src/pages/admin/index.astro");
      expect(result.report).toContain(
        "islands-through-small-entries: src/scripts/search.ts → src/lib/search/index.ts",
      );
    },
  );
  it(
    "let an integration take the editor's policy from cms/admin-policy.ts, and nothing else past an index",
    { timeout: 30_000 },
    async () => {
      const root = plant({
        "src/lib/cms/index.ts": 'export * from "./admin-policy.ts";\nexport * from "./cms-data.ts";\n',
        "src/lib/cms/admin-policy.ts": "export const policy = 1;\n",
        "src/lib/cms/cms-data.ts": "export const data = 1;\n",
        "src/integrations/admin.ts":
          'import { policy } from "../lib/cms/admin-policy.ts";\nimport { data } from "../lib/cms/cms-data.ts";\nexport const both = [policy, data];\n',
      });
      const result = await checkDependencies(root);
      expect(result.ok).toBe(false);
      expect(result.report).toContain(
        "integrations-through-small-entries: src/integrations/admin.ts → src/lib/cms/cms-data.ts",
      );
      expect(result.report).not.toContain("src/lib/cms/admin-policy.ts");
    },
  );
});

describe("astroCode", () => {
  it("keeps the frontmatter and the <script> blocks, nothing of the markup", () => {
    const code = astroCode(
      '---\nimport A from "./A.astro";\n---\n<A />\n<script>\nimport "./b.ts";\n</script>\n',
    );
    expect(code).toContain('import A from "./A.astro";');
    expect(code).toContain('import "./b.ts";');
    expect(code).not.toContain("<A />");
  });
});
