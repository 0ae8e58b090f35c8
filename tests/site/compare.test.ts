/**
 * The comparison at /sammenlign/?id=…, in Chromium: three entries by URL with every element row, an unknown
 * id, a single id, the plain "Sammenlign" links, the tray on the search page by keyboard, the page without
 * JavaScript, a phone width and the budget.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUDGETS, formatBytes } from "../../scripts/bench/budgets.ts";
import { bytesSent, gzipSize, recordRequests } from "../../scripts/bench/page-weight.ts";
import { serveStatic, type StaticSite } from "../../scripts/lib/static-server.ts";
import { COMPARE_ROW_KEYS } from "../../src/lib/open-data/index.ts";
import { routes } from "../../src/lib/catalogue/index.ts";
import {
  ELEMENT_KEYS,
  ELEMENTS,
  NOT_ASSESSED_LABEL,
  SCORE_LEVELS,
  type ScoreLevel,
} from "../../src/lib/vocabulary/index.ts";
import { launchChromium } from "../support/browser.ts";
import { loadCatalogue } from "../support/catalogue.ts";
import { DIST, readPage, requireBuild } from "../support/dist.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const catalogue = loadCatalogue();
// Three entries with different amounts of data: the first scored entry, the first with results, and a third.
const scored = catalogue.find((e) => Object.keys(e.data.scores).length > 0) ?? catalogue[0]!;
const withResults = catalogue.find((e) => e.data.results.length > 0 && e.id !== scored.id)!;
const third = catalogue.find((e) => e.id !== scored.id && e.id !== withResults.id)!;
const three = [scored, withResults, third];

let browser: Browser;
let site: StaticSite;
const problems: string[] = [];

beforeAll(async () => {
  requireBuild();
  site = await serveStatic(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens the compare page in a fresh browser (no remembered selection) and waits for the island. */
async function openCompare(query: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${site.url}/sammenlign/${query}`);
  await page.waitForSelector('[data-compare-state="done"]');
  return page;
}

const headings = (page: Page) =>
  page.$$eval("[data-compare-table] thead th a", (links) => links.map((a) => a.textContent?.trim()));

describe("comparing three entries by URL", () => {
  it("shows their titles as columns and every fact row and all 11 element rows", async () => {
    const page = await openCompare(`?id=${three.map((e) => e.id).join(",")}`);
    expect(await headings(page)).toEqual(three.map((e) => e.data.title));
    expect(await page.isVisible("[data-compare-table]")).toBe(true);
    for (const key of COMPARE_ROW_KEYS) {
      expect(await page.locator(`tr[data-row="${key}"] td`).count(), key).toBe(3);
    }
    const elementRows = await page.$$eval('tr[data-row^="element:"]', (rows) =>
      rows.map((row) => ({
        key: row.getAttribute("data-row")!.slice("element:".length),
        label: row.querySelector("th")!.textContent!.trim(),
        cells: [...row.querySelectorAll("td")].map((td) => ({
          level: td.getAttribute("data-level"),
          text: td.textContent!.trim(),
          steps: td.querySelectorAll(".steps span").length,
        })),
      })),
    );
    expect(elementRows.map((row) => row.key)).toEqual(ELEMENT_KEYS);
    for (const row of elementRows) {
      expect(row.label).toBe(ELEMENTS[row.key as keyof typeof ELEMENTS].label);
      row.cells.forEach((cell, column) => {
        const score = three[column]!.data.scores[row.key as keyof typeof ELEMENTS];
        if (score) {
          expect(cell.level).toBe(String(score.level));
          expect(cell.text).toContain(SCORE_LEVELS[score.level as ScoreLevel].label);
          expect(cell.text).toContain(score.rationale);
          expect(cell.steps).toBeGreaterThan(0);
        } else {
          // Not assessed is a state of its own: no level, no scale, its own label.
          expect(cell.level).toBe("ikke-vurderet");
          expect(cell.text).toBe(NOT_ASSESSED_LABEL);
          expect(cell.steps).toBe(0);
        }
      });
    }
    const resultsCell = await page.locator('tr[data-row="resultater"] td').nth(1).textContent();
    expect(resultsCell).toContain(withResults.data.results[0]!.measure);
    // Never a total: no sum or average of levels anywhere on the page.
    expect(await page.textContent("main")).not.toMatch(/samlet score:|i alt \d|gennemsnit/i);
    await page.screenshot({ path: "test-results/compare-1280.png", fullPage: true });
    await page.context().close();
  });

  it("names an unknown id, shows the rest, and never fetches an id that is not a slug", async () => {
    const page = await openCompare(`?id=${three[0]!.id},findes-ikke,%3Cimg%20src%3Dx%3E,${three[1]!.id}`);
    expect(await headings(page)).toEqual([three[0]!.data.title, three[1]!.data.title]);
    const notes = await page.textContent("[data-compare-notes]");
    expect(notes).toContain("»findes-ikke«");
    expect(notes).toContain("»<img src=x>«");
    expect(await page.locator("[data-compare-notes] img").count()).toBe(0);
    await page.context().close();
  });

  it("compares at most four: a fifth entry in the link is named as left out and dropped from the URL", async () => {
    const five = catalogue.slice(0, 5);
    expect(five).toHaveLength(5);
    const page = await openCompare(`?id=${five.map((e) => e.id).join(",")},findes-ikke`);
    expect(await headings(page)).toEqual(five.slice(0, 4).map((e) => e.data.title));
    expect(await page.textContent("[data-compare-status]")).toMatch(/^Sammenligner 4 indsatser/);
    const notes = await page.textContent("[data-compare-notes]");
    expect(notes).toContain(`højst sammenligne fire`);
    expect(notes).toContain(`Udeladt: »${five[4]!.data.title}«`);
    expect(notes).toContain("»findes-ikke«");
    expect(new URL(page.url()).search).toBe(
      `?id=${[...five.slice(0, 4).map((e) => e.id), "findes-ikke"].join(",")}`,
    );
    // The remembered selection, which the search page's tray shows, holds the same four.
    const remembered = await page.evaluate(() => localStorage.getItem("lp-sammenligning"));
    expect((JSON.parse(remembered!) as { id: string }[]).map((p) => p.id)).toEqual(
      five.slice(0, 4).map((e) => e.id),
    );
    // With four chosen, the tray refuses a fifth and says why.
    await page.goto(site.url + routes.search());
    await page.waitForSelector("[data-results] button[data-compare-toggle]");
    expect(await page.locator("[data-tray-item]").count()).toBe(4);
    await page.locator('[data-results] button[data-compare-toggle][aria-pressed="false"]').first().click();
    expect(await page.textContent("[data-tray-status]")).toMatch(/højst sammenligne fire/);
    expect(await page.locator("[data-tray-item]").count()).toBe(4);
    await page.context().close();
  });

  it("asks for at least two when given one", async () => {
    const page = await openCompare(`?id=${three[0]!.id}`);
    expect(await page.textContent("[data-compare-notes]")).toMatch(/Vælg mindst to/);
    expect(await page.isVisible("[data-compare-table]")).toBe(false);
    await page.context().close();
  });
});

describe("choosing entries", () => {
  it("adds to the remembered selection from plain links on pages without JavaScript", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + routes.intervention(three[0]!.id));
    await page.click(`a[href="${routes.compareAdd(three[0]!.id)}"]`);
    await page.waitForSelector('[data-compare-state="done"]');
    expect(new URL(page.url()).search).toBe(`?id=${three[0]!.id}`);
    expect(await page.textContent("[data-compare-notes]")).toMatch(/Vælg mindst to/);
    await page.goto(site.url + routes.interventions());
    await page.click(`a[data-compare-link="${three[1]!.id}"]`);
    await page.waitForSelector('[data-compare-state="done"]');
    expect(new URL(page.url()).search).toBe(`?id=${three[0]!.id},${three[1]!.id}`);
    expect(await headings(page)).toEqual([three[0]!.data.title, three[1]!.data.title]);
    await context.close();
  });

  it("puts a plain Sammenlign link on every card and on entry pages, which stay free of scripts", () => {
    const listing = readPage("indsatser");
    expect(listing).toContain(`href="${routes.compareAdd(three[0]!.id)}"`);
    const entryPage = readPage(`indsatser/${three[0]!.id}`);
    expect(entryPage).toContain(`href="${routes.compareAdd(three[0]!.id)}"`);
    expect(entryPage).not.toMatch(/<script/);
  });

  it("adds and removes in the search page's tray by keyboard, announcing each change", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.url + routes.search());
    await page.waitForSelector("[data-results] button[data-compare-toggle]");
    const tabTo = async (selector: string) => {
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press("Tab");
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    await page.locator("#soeg-q").focus();
    await tabTo("button[data-compare-toggle]");
    const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset["title"]!);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-pressed"))).toBe("true");
    expect(await page.textContent("[data-tray-status]")).toContain(`»${first}« er føjet til`);
    await tabTo('button[data-compare-toggle][aria-pressed="false"]');
    const second = await page.evaluate(() => (document.activeElement as HTMLElement).dataset["title"]!);
    await page.keyboard.press("Space");
    expect(await page.locator("[data-tray-item]").allTextContents()).toEqual([
      expect.stringContaining(first),
      expect.stringContaining(second),
    ]);
    expect(await page.isVisible("[data-tray-link]")).toBe(true);
    const href = await page.getAttribute("[data-tray-link]", "href");
    expect(href).toMatch(/^\/sammenlign\/\?id=[a-z0-9-]+,[a-z0-9-]+$/);
    await page.locator("#soeg-q").focus();
    await tabTo("button[data-tray-remove]");
    await page.keyboard.press("Enter");
    expect(await page.textContent("[data-tray-status]")).toContain(`»${first}« er fjernet fra`);
    expect(await page.locator("[data-tray-item]").count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.matches("button[data-tray-remove]"))).toBe(true);

    // On the compare page, "Fjern" removes a column and updates the shareable URL.
    await page.goto(`${site.url}/sammenlign/?id=${three.map((e) => e.id).join(",")}`);
    await page.waitForSelector('[data-compare-state="done"]');
    await page.locator("#sammenlign-titel").focus();
    await tabTo("button[data-remove]");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelectorAll("[data-compare-table] thead th").length === 2);
    expect(new URL(page.url()).search).toBe(`?id=${three[1]!.id},${three[2]!.id}`);
    expect(await page.textContent("[data-compare-status]")).toContain("er fjernet fra sammenligningen");
    expect(await page.evaluate(() => document.activeElement?.matches("button[data-remove]"))).toBe(true);
    await context.close();
  });
});

describe("the compare page", () => {
  it("explains itself and links to the entries without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/sammenlign/?id=${three.map((e) => e.id).join(",")}`);
    const text = await page.textContent("main");
    expect(text).toMatch(/JavaScript/);
    expect(await page.isVisible(`main a[href="${routes.interventions()}"]`)).toBe(true);
    expect(await page.isVisible("[data-compare-table]")).toBe(false);
    await context.close();
  });

  it("stacks readably at 375 px without sideways scrolling", async () => {
    const page = await openCompare(`?id=${three.map((e) => e.id).join(",")}`, 375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const labels = await page.$$eval('tr[data-row="fase"] td', (cells) =>
      cells.map((cell) => getComputedStyle(cell, "::before").content),
    );
    expect(labels).toEqual(three.map((e) => JSON.stringify(e.data.title)));
    await page.screenshot({ path: "test-results/compare-375.png", fullPage: true });
    await page.context().close();
  });

  it(`ships at most ${formatBytes(BUDGETS.compareScriptGzip)} of our JavaScript and transfers at most ${formatBytes(BUDGETS.compareTransfer)} for three entries`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests = recordRequests(page);
    site.transfers.length = 0;
    await page.goto(`${site.url}/sammenlign/?id=${three.map((e) => e.id).join(",")}`);
    await page.waitForSelector('[data-compare-state="done"]');
    await page.waitForLoadState("networkidle");
    const scripts = requests.filter((r) => r.type === "script").map((r) => new URL(r.url).pathname);
    expect(scripts.length).toBeGreaterThan(0);
    const scriptGzip = scripts.reduce((sum, path) => sum + gzipSize(readFileSync(join(DIST, path))), 0);
    const bytes = bytesSent(site);
    console.log(
      `/sammenlign/ with three entries: ${formatBytes(bytes)} transferred; own JavaScript ${formatBytes(scriptGzip)} gzip`,
    );
    expect(scriptGzip).toBeLessThanOrEqual(BUDGETS.compareScriptGzip);
    expect(bytes).toBeLessThanOrEqual(BUDGETS.compareTransfer);
    // Only the chosen entries' files, never the full dataset.
    const data = requests.filter((r) => r.type === "fetch").map((r) => new URL(r.url).pathname);
    expect(data.sort()).toEqual(three.map((e) => routes.compareData(e.id)).sort());
    await context.close();
  });

  it("raised no page errors", () => {
    expect(problems).toEqual([]);
  });
});
