/**
 * The two page stylesheets (src/styles/site.css and src/styles/entry.css): every page links exactly one, an
 * intervention's page links the smaller one, and that one styles every class on the page that the site's
 * stylesheet styles. A component added to the intervention page but not to entry.css's list fails here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stylesheetHrefs } from "../../scripts/bench/page-weight.ts";
import { listHtmlPages } from "../../scripts/lib/site-pages.ts";
import { routes } from "../../src/lib/catalogue/index.ts";
import { loadCatalogue } from "../support/catalogue.ts";
import { DIST, readPage, requireBuild } from "../support/dist.ts";

requireBuild();
const css = (href: string) => readFileSync(join(DIST, href), "utf8");

/** Every class a stylesheet has a selector for, unescaped (`.sm\:grid-cols-2` → `sm:grid-cols-2`). */
function styledClasses(stylesheet: string): Set<string> {
  const withoutStrings = stylesheet.replace(/"(?:\\.|[^"\\])*"/g, '""');
  return new Set(
    [...withoutStrings.matchAll(/\.((?:\\.|[\w-])+)/g)].map((match) => match[1]!.replace(/\\(.)/g, "$1")),
  );
}

const classesOn = (html: string) =>
  new Set(
    [...html.matchAll(/\bclass="([^"]*)"/g)].flatMap((match) => match[1]!.split(/\s+/).filter(Boolean)),
  );

const siteSheet = stylesheetHrefs(readPage(routes.home()));
const interventions = loadCatalogue().map((entry) => routes.intervention(entry.id));

describe("page stylesheets", () => {
  it("are one per page", () => {
    const pages = listHtmlPages(DIST).map((page) => ({
      path: page.urlPath,
      sheets: stylesheetHrefs(readFileSync(page.file, "utf8")),
    }));
    expect(pages.length).toBeGreaterThan(60);
    // The editor (/admin/) is Decap's own page and brings its own styles.
    const wrong = pages.filter((page) => page.sheets.length !== 1 && page.path !== routes.admin());
    expect(wrong).toEqual([]);
  });

  it("give an intervention's page its own, smaller stylesheet", () => {
    expect(siteSheet).toHaveLength(1);
    expect(interventions.length).toBeGreaterThan(30);
    const entrySheets = new Set(interventions.flatMap((path) => stylesheetHrefs(readPage(path))));
    expect([...entrySheets]).toHaveLength(1);
    const [entrySheet] = entrySheets;
    expect(entrySheet).not.toBe(siteSheet[0]);
    expect(css(entrySheet!).length).toBeLessThan(css(siteSheet[0]!).length);
  });

  it("style every class on an intervention's page that the site's stylesheet styles", () => {
    const siteClasses = styledClasses(css(siteSheet[0]!));
    // The reading of selectors works: a responsive utility with brackets and a theme colour are found.
    expect(siteClasses).toContain("lg:grid-cols-[minmax(0,1fr)_22rem]");
    expect(siteClasses).toContain("bg-brand");
    const missing = interventions.flatMap((path) => {
      const html = readPage(path);
      const own = styledClasses(css(stylesheetHrefs(html)[0]!));
      return [...classesOn(html)]
        .filter((name) => siteClasses.has(name) && !own.has(name))
        .map((name) => `${path}: ${name}`);
    });
    expect(missing).toEqual([]);
  });
});
