/**
 * Page-weight budgets (scripts/bench/budgets.ts), measured on the built site and in Chromium: intervention pages
 * ship no JavaScript and stay small, the search page stays light before the first query, and no page loads a
 * font file (the site uses the system font stack).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUDGETS, formatBytes, largest, overBudget, type Measurement } from "../../scripts/bench/budgets.ts";
import {
  bytesSent,
  htmlAndCssBytes,
  htmlAndCssGzip,
  isFont,
  isScript,
  recordRequests,
  scriptTagCount,
} from "../../scripts/bench/page-weight.ts";
import { serveStatic, type StaticSite } from "../../scripts/lib/static-server.ts";
import { routes } from "../../src/lib/catalogue/index.ts";
import { launchChromium } from "../support/browser.ts";
import { loadCatalogue } from "../support/catalogue.ts";
import { DIST, requireBuild } from "../support/dist.ts";

requireBuild();
const interventionPaths = loadCatalogue().map((entry) => routes.intervention(entry.id));
const readAsset = (href: string) => readFileSync(join(DIST, href), "utf8");
const htmlOf = (path: string) => readFileSync(join(DIST, path, "index.html"), "utf8");

let browser: Browser;
let site: StaticSite;
let page: Page;
let requests: ReturnType<typeof recordRequests>;

beforeAll(async () => {
  site = await serveStatic(DIST);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  requests = recordRequests(page);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("intervention pages", () => {
  it("cover the whole catalogue", () => {
    expect(interventionPaths.length).toBeGreaterThan(30);
  });

  it("have no <script> tag", () => {
    const withScripts = interventionPaths.filter((path) => scriptTagCount(htmlOf(path)) > 0);
    expect(withScripts).toEqual([]);
  });

  it(`are at most ${formatBytes(BUDGETS.interventionPageGzip)} of HTML and CSS, gzip`, () => {
    const sizes: Measurement[] = interventionPaths.map((path) => ({
      page: path,
      bytes: htmlAndCssGzip(htmlOf(path), readAsset),
    }));
    const heaviest = largest(sizes)!;
    console.log(`Largest intervention page: ${heaviest.page} ${formatBytes(heaviest.bytes)} HTML+CSS gzip`);
    expect(overBudget(sizes, BUDGETS.interventionPageGzip)).toEqual([]);
  });

  it(`are at most ${formatBytes(BUDGETS.interventionPageRaw)} of HTML and CSS uncompressed`, () => {
    const sizes: Measurement[] = interventionPaths.map((path) => ({
      page: path,
      bytes: htmlAndCssBytes(htmlOf(path), readAsset),
    }));
    const heaviest = largest(sizes)!;
    console.log(`Largest intervention page: ${heaviest.page} ${formatBytes(heaviest.bytes)} HTML+CSS raw`);
    expect(overBudget(sizes, BUDGETS.interventionPageRaw)).toEqual([]);
  });

  it("request no JavaScript and no font when loaded in Chromium", async () => {
    requests.length = 0;
    for (const path of interventionPaths) await page.goto(site.url + path, { waitUntil: "load" });
    expect(requests.filter(isScript).map((request) => request.url)).toEqual([]);
    expect(requests.filter(isFont).map((request) => request.url)).toEqual([]);
    expect(requests.some((request) => request.type === "stylesheet")).toBe(true);
  });
});

describe("the search page", () => {
  it(`transfers at most ${formatBytes(BUDGETS.searchPageTransfer)} before the first query`, async () => {
    const fresh = await browser.newContext();
    const searchPage = await fresh.newPage();
    const searchRequests = recordRequests(searchPage);
    site.transfers.length = 0;
    await searchPage.goto(site.url + routes.search());
    await searchPage.waitForFunction(() =>
      /fundet/.test(document.querySelector("[data-status]")?.textContent ?? ""),
    );
    await searchPage.waitForLoadState("networkidle");
    const bytes = bytesSent(site);
    console.log(`/soeg/ before the first query: ${formatBytes(bytes)} in ${site.transfers.length} responses`);
    expect(overBudget([{ page: routes.search(), bytes }], BUDGETS.searchPageTransfer)).toEqual([]);
    // Sanity: the measurement saw the page, its search engine and the index, not an empty load.
    const paths = site.transfers.map((transfer) => transfer.path);
    expect(paths).toContain(routes.search());
    expect(paths.some((path) => path.endsWith(".pagefind"))).toBe(true);
    expect(searchRequests.filter(isFont)).toEqual([]);
    await fresh.close();
  });
});

describe("fonts", () => {
  it("come from the system: no @font-face or font file in any stylesheet", () => {
    const stylesheets = new Set(
      interventionPaths
        .concat(routes.search(), routes.home())
        .flatMap((path) =>
          [...htmlOf(path).matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
        ),
    );
    expect(stylesheets.size).toBeGreaterThan(0);
    for (const href of stylesheets) {
      const css = readAsset(href);
      expect(css, href).not.toMatch(/@font-face/i);
      expect(css, href).not.toMatch(/\.(woff2?|ttf|otf)\b/i);
    }
  });
});
