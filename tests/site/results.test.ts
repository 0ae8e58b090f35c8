/**
 * /resultater/: every structured result figure of the catalogue in a table and in a build-time SVG chart with a
 * text alternative, the caveat, and a listing of entries with results that counts what search counts.
 */
import type { Browser } from "playwright-core";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic, type StaticSite } from "../../scripts/lib/static-server.ts";
import { facetByKey, routes, storedFigures } from "../../src/lib/catalogue/index.ts";
import { formatResultValue, listText, refId } from "../../src/lib/site/index.ts";
import { RESULT_SCOPES } from "../../src/lib/vocabulary/index.ts";
import { launchChromium } from "../support/browser.ts";
import { idsWith, loadCatalogue } from "../support/catalogue.ts";
import { attributeValues, readPage, requireBuild, DIST } from "../support/dist.ts";

const catalogue = loadCatalogue();
// Each figure once, where it is stored: a figure another entry shares is not counted again.
const figures = catalogue.flatMap((entry) =>
  storedFigures(entry.data.results).map((result) => ({ entry, result })),
);
const titleOf = (id: string) => catalogue.find((entry) => entry.id === id)?.data.title ?? id;
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
      // A chart names the entries a figure is about, and a context figure as context, never by the entry.
      const label = result.scope
        ? `${RESULT_SCOPES[result.scope].label}: ${result.measure}`
        : listText([entry.id, ...(result.sharedWith ?? []).map(refId)].map(titleOf));
      expect(svg.getAttribute("aria-label")).toContain(`${label}: ${value}`);
    }
  });

  it("counts a figure two entries share once, names both, and says it is shared", () => {
    const shared = figures.filter(({ result }) => (result.sharedWith ?? []).length > 0);
    expect(shared.length).toBeGreaterThan(0);
    for (const { entry, result } of shared) {
      const rows = [...document.querySelectorAll("tr[data-result-row]")].filter(
        (row) =>
          row.textContent!.includes(result.measure) && row.getAttribute("data-result-row") === entry.id,
      );
      expect(rows).toHaveLength(1);
      for (const other of result.sharedWith!.map(refId))
        expect(rows[0]!.querySelector(`a[href="${routes.intervention(other)}"]`), other).not.toBeNull();
      expect(rows[0]!.querySelector("[data-result-shared]")?.textContent).toMatch(/Delt tal/);
    }
    // The Randers figures of Ungeguides and Ung i uddannelse: one row and one bar, not two.
    const randers = [...document.querySelectorAll("tr[data-result-row]")].filter((row) =>
      /knapt 80 %/.test(row.textContent!),
    );
    expect(randers).toHaveLength(1);
  });

  it("labels a context figure as context, and no chart puts the intervention's name on it", () => {
    const context = figures.filter(({ result }) => result.scope !== undefined);
    expect(context.length).toBeGreaterThan(0);
    for (const { entry, result } of context) {
      const row = document.querySelector(
        `tr[data-result-row="${entry.id}"][data-result-scope="${result.scope}"]`,
      )!;
      expect(row.querySelector("[data-result-context]")?.textContent).toContain(
        RESULT_SCOPES[result.scope!].label,
      );
      const svg = row.closest("figure")!.querySelector("svg")!;
      const bars = svg.getAttribute("aria-label")!.split(". ").slice(1).join(". ");
      const own = figures.filter(
        (other) =>
          other.entry.id === entry.id &&
          other.result.scope === undefined &&
          other.result.kind === result.kind,
      );
      if (own.length === 0) expect(bars).not.toContain(entry.data.title);
      expect(svg.querySelectorAll(".bar-context rect").length).toBeGreaterThan(0);
    }
  });

  it("draws the charts at build time: no script on the page and no inline styles in the SVG", () => {
    expect(html).not.toMatch(/<script/);
    expect(html).not.toMatch(/\sstyle="/);
    for (const svg of document.querySelectorAll("svg.result-chart"))
      expect(svg.querySelector("style")).toBeNull();
  });

  it("says plainly that the figures are the interventions' own reporting and not comparable as effects", () => {
    const caveat = document.querySelector("#forbehold[data-results-caveat]")!.textContent!;
    expect(caveat).toMatch(/egen opgørelse/);
    expect(caveat).toMatch(/ikke sammenlignes som effekter/);
  });

  for (const width of [375, 1280]) {
    it(`keeps chart text readable and tables whole at ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${site.url}${routes.results()}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // The rendered size of every chart text: its font size times the SVG's scale.
      const sizes = await page.$$eval("svg.result-chart", (svgs) =>
        svgs.flatMap((svg) => {
          const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
          return [...svg.querySelectorAll("text")].map(
            (text) => parseFloat(getComputedStyle(text).fontSize) * scale,
          );
        }),
      );
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(18);
      // No tick labels overlap: Økonomi's millions once ran together as "1.000.0002.000.000".
      const overlaps = await page.$$eval("svg.result-chart", (svgs) =>
        svgs.flatMap((svg) => {
          const boxes = [...svg.querySelectorAll("text")].map((text) => text.getBoundingClientRect());
          return boxes.flatMap((a, i) =>
            boxes
              .slice(i + 1)
              .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
              .map(() => svg.getAttribute("aria-label")!.slice(0, 60)),
          );
        }),
      );
      expect(overlaps).toEqual([]);
      // Every table cell lies inside the page: nothing is cut off at the right edge.
      const outside = await page.$$eval(
        ".result-table tbody th, .result-table tbody td",
        (cells, right) =>
          cells
            .filter((cell) => cell.getBoundingClientRect().width > 0)
            .filter((cell) => cell.getBoundingClientRect().right > right + 0.5)
            .map((cell) => cell.textContent!.trim()),
        width,
      );
      expect(outside).toEqual([]);
      if (width < 768) {
        const labels = await page.$$eval("tr[data-result-row] td", (cells) =>
          cells.map((cell) => getComputedStyle(cell, "::before").content),
        );
        expect(labels.every((label) => label.length > 2 && label !== "none")).toBe(true);
      }
      await page.screenshot({ path: `test-results/results-${width}.png`, fullPage: true });
      await page.close();
    });
  }

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
