/**
 * /resultater/: every structured result figure of the catalogue in a table and in a build-time SVG chart with a
 * text alternative, the caveat, and a listing of entries with results that counts what search counts.
 */
import type { Browser } from "playwright-core";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic, type StaticSite } from "../../scripts/lib/static-server.ts";
import { facetByKey } from "../../src/lib/facets.ts";
import { formatResultValue } from "../../src/lib/format.ts";
import { routes } from "../../src/lib/routes.ts";
import { launchChromium } from "../support/browser.ts";
import { idsWith, loadCatalogue } from "../support/catalogue.ts";
import { attributeValues, readPage, requireBuild } from "../support/dist.ts";
import { DIST } from "../support/dist.ts";

const catalogue = loadCatalogue();
const figures = catalogue.flatMap((entry) => entry.data.results.map((result) => ({ entry, result })));
const html = (() => {
  requireBuild();
  return readPage("resultater");
})();
const { document } = parseHTML(html);

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  site = await serveStatic(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("/resultater/", () => {
  it("has result figures to show", () => {
    expect(figures.length).toBeGreaterThan(5);
  });

  it("puts every structured result in a table row and a bar of an SVG chart with a text alternative", () => {
    const rows = [...document.querySelectorAll("tr[data-result-row]")];
    expect(rows).toHaveLength(figures.length);
    const charts = [...document.querySelectorAll("figure[data-result-chart]")];
    const bars = charts.reduce((sum, figure) => sum + figure.querySelectorAll("svg .bar rect").length, 0);
    expect(bars).toBe(figures.length);
    for (const { entry, result } of figures) {
      const value = formatResultValue(result.value, result.unit, result.qualifier);
      const row = rows.find(
        (r) =>
          r.getAttribute("data-result-row") === entry.id &&
          r.textContent!.includes(result.measure) &&
          r.textContent!.includes(value),
      );
      expect(row, `${entry.id}: ${value} ${result.measure}`).toBeDefined();
      const figure = row!.closest("figure")!;
      const svg = figure.querySelector("svg")!;
      expect(svg.getAttribute("role")).toBe("img");
      expect(svg.getAttribute("aria-label")).toContain(`${entry.data.title}: ${value}`);
    }
  });

  it("draws the charts at build time: no script on the page and no inline styles in the SVG", () => {
    expect(html).not.toMatch(/<script/);
    expect(html).not.toMatch(/\sstyle="/);
    for (const svg of document.querySelectorAll("svg.result-chart"))
      expect(svg.querySelector("style")).toBeNull();
  });

  it("says plainly that the figures are the interventions' own reporting and not comparable as effects", () => {
    const caveat = document.querySelector("[data-results-caveat]")!.textContent!;
    expect(caveat).toMatch(/egen opgørelse/);
    expect(caveat).toMatch(/ikke sammenlignes som effekter/);
  });

  it("lists the entries with results, the same ones search counts for »Med resultattal«", async () => {
    const facet = facetByKey("indhold");
    const expected = idsWith(catalogue, facet, "med-resultattal");
    expect(expected.length).toBeGreaterThan(0);
    const section = document.querySelector("#med-resultattal")!.closest("section")!;
    expect(attributeValues(section.outerHTML, "data-entry").sort()).toEqual(expected);
    expect(html).toContain(`data-filter-count="${expected.length}"`);
    // Search with the facet chosen finds the same number.
    const page = await browser.newPage();
    await page.goto(`${site.url}${routes.search({ q: "", filters: { indhold: ["med-resultattal"] } })}`);
    await page.waitForFunction(() =>
      /fundet/.test(document.querySelector("[data-status]")?.textContent ?? ""),
    );
    expect(await page.textContent("[data-status]")).toMatch(new RegExp(`^${expected.length} indsats`));
    const label = await page.textContent(
      'fieldset[data-facet="indhold"] label:has(input[value="med-resultattal"])',
    );
    expect(label).toContain("Med resultattal");
    await page.close();
  });
});
