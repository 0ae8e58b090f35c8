/**
 * The list of the site's pages that `npm run check` judges body links by (src/lib/catalogue/site-paths.ts) is
 * the list of pages the build writes: every path on it exists in dist/, and every page in dist/ is on it. The
 * routes take their paginated page sets from the same module, so the two cannot drift apart unnoticed.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { listIndexPages } from "../../scripts/lib/site-pages.ts";
import { sitePaths, type SiteContent } from "../../src/lib/catalogue/index.ts";
import { CONTENT_PATHS } from "../../src/lib/content/index.ts";
import type { PhaseSlug } from "../../src/lib/vocabulary/index.ts";
import { loadCatalogue, loadGovernance } from "../support/catalogue.ts";
import { DIST, requireBuild } from "../support/dist.ts";

requireBuild();

const phases = readdirSync(CONTENT_PATHS.phases.base)
  .filter((name) => name.endsWith(".md"))
  .map((name) => {
    const text = readFileSync(join(CONTENT_PATHS.phases.base, name), "utf8");
    return (parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { phase: PhaseSlug }).phase;
  });
const content: SiteContent = { interventions: loadCatalogue(), governance: loadGovernance(), phases };
const paths = sitePaths(content);

const exists = (path: string) => existsSync(join(DIST, path.endsWith("/") ? `${path}index.html` : path));

describe("the site's page list (src/lib/catalogue/site-paths.ts)", () => {
  it("names only pages and files the build wrote", () => {
    expect([...paths].filter((path) => !exists(path))).toEqual([]);
  });

  it("names every page the build wrote", () => {
    const built = listIndexPages(DIST).map((page) => page.urlPath);
    expect(built.length).toBeGreaterThan(100);
    expect(built.filter((path) => !paths.has(path))).toEqual([]);
  });
});
