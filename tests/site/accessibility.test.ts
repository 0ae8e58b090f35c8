/**
 * axe-core over every page of the built site, in real Chromium, against WCAG 2.1 A/AA (EN 301 549) and axe's
 * best practices. Pages are found by walking dist/, so a new page is tested without touching this file.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listHtmlPages, listIndexPages, onePerTemplate } from "../../scripts/lib/site-pages.ts";
import { serveStatic } from "../../scripts/lib/static-server.ts";
import { ACCESSIBILITY_STATEMENT } from "../../src/lib/site/index.ts";
import { routes } from "../../src/lib/catalogue/index.ts";
import { formatViolations, runAxe } from "../support/axe.ts";
import { launchChromium } from "../support/browser.ts";
import { DIST, requireBuild } from "../support/dist.ts";

/**
 * Rules switched off, each with the reason. Keep this list short and explain every entry; BENCHMARKS.md
 * ("Accessibility") repeats it for readers who do not open the tests.
 */
export const DISABLED_RULES: Record<string, string> = {};

requireBuild();
const pages = listHtmlPages(DIST);
/** Every page at desktop width; one page per URL shape (template) again at phone width, where layout differs. */
const { desktop: DESKTOP, phone: PHONE, reflow: REFLOW_WIDTH } = ACCESSIBILITY_STATEMENT.testedWidths;
const phoneChecked = new Set(onePerTemplate(pages).map((page) => page.urlPath));

/** WCAG 1.4.10 Reflow: at 320 CSS px nothing may need horizontal scrolling. axe does not check this. */
async function reflowProblems(page: Page, urlPath: string): Promise<string[]> {
  await page.setViewportSize({ width: REFLOW_WIDTH, height: 900 });
  return page.evaluate(
    ({ path, width }) => {
      if (document.documentElement.scrollWidth <= width) return [];
      const wide = [...document.querySelectorAll<HTMLElement>("body *")]
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .slice(-3)
        .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}">`);
      return [
        `${path} @${width}px  [reflow]  page is ${document.documentElement.scrollWidth}px wide — ${wide.join(", ")}`,
      ];
    },
    { path: urlPath, width: REFLOW_WIDTH },
  );
}

let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;
/** For the tests that run one at a time. */
let page: Page;

/**
 * The per-page checks run side by side, each in a tab of its own from this pool (3 tabs), so Chromium renders and runs
 * axe in more than one process at a time. Every page is still checked the same way.
 */
const TABS = 3;
const freeTabs: Page[] = [];
const waitingForTab: ((tab: Page) => void)[] = [];
async function withTab<T>(check: (tab: Page) => Promise<T>): Promise<T> {
  const tab = freeTabs.pop() ?? (await new Promise<Page>((resolve) => waitingForTab.push(resolve)));
  try {
    return await check(tab);
  } finally {
    const next = waitingForTab.shift();
    if (next) next(tab);
    else freeTabs.push(tab);
  }
}

beforeAll(async () => {
  site = await serveStatic(DIST);
  browser = await launchChromium();
  // The CSP would block the injected axe script; the CSP itself is tested in security.test.ts.
  const context = await browser.newContext({ bypassCSP: true });
  page = await context.newPage();
  for (let i = 0; i < TABS; i += 1) freeTabs.push(await context.newPage());
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("accessibility (axe-core, WCAG 2.1 AA + best practice)", () => {
  it("finds the whole site in dist/, not an empty or partial build", () => {
    expect(listIndexPages(DIST).length).toBeGreaterThan(60);
  });

  it("reports a broken page with the page, rule id, target selector and help text", async () => {
    await page.setContent(
      '<!doctype html><html><head><title>Fejl</title></head><body><img src="/favicon.svg">' +
        '<p style="color:#aaa;background:#fff">Svag tekst</p><div class="bred" style="width:600px">Bred</div></body></html>',
    );
    const lines = formatViolations("/fixture/", await runAxe(page, DISABLED_RULES));
    const rules = lines.map((line) => /\[([\w-]+),/.exec(line)?.[1]);
    expect(rules).toEqual(
      expect.arrayContaining(["html-has-lang", "image-alt", "color-contrast", "landmark-one-main"]),
    );
    expect(lines.find((line) => line.includes("[image-alt,"))).toMatch(
      /^\/fixture\/ {2}\[image-alt, critical\] {2}img — Images must have alternative text \(https:/,
    );
    expect(await reflowProblems(page, "/fixture/")).toEqual([
      expect.stringMatching(
        /^\/fixture\/ @320px {2}\[reflow\] {2}page is 60\dpx wide — .*<div class="bred">/,
      ),
    ]);
  });

  it.concurrent.for(pages.map((p) => [p.urlPath]))(
    "%s has no violations and reflows at 320 px",
    async ([urlPath], { expect }) => {
      const problems = await withTab(async (tab) => {
        await tab.setViewportSize({ width: DESKTOP, height: 900 });
        await tab.goto(site.url + urlPath);
        const found = formatViolations(`${urlPath} @${DESKTOP}px`, await runAxe(tab, DISABLED_RULES));
        found.push(...(await reflowProblems(tab, urlPath!)));
        if (phoneChecked.has(urlPath!)) {
          // Resizing re-applies the media queries; no reload needed, so axe is injected once per page.
          await tab.setViewportSize({ width: PHONE, height: 900 });
          found.push(...formatViolations(`${urlPath} @${PHONE}px`, await runAxe(tab, DISABLED_RULES)));
        }
        return found;
      });
      expect(problems, problems.join("\n")).toEqual([]);
    },
  );

  it("the search page with results, a chosen facet and a second batch has no violations", async () => {
    const problems: string[] = [];
    for (const width of [DESKTOP, PHONE]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(site.url + routes.search({ q: "", filters: {} }));
      await page.waitForSelector('[data-search][data-counts-state="done"]');
      const firstBatch = await page.locator("[data-result]").count();
      await page.locator("[data-more]").click();
      await page.waitForFunction((n) => document.querySelectorAll("[data-result]").length > n, firstBatch);
      const group = page.locator("details[data-facet-group]").first();
      if ((await group.getAttribute("open")) === null) await group.locator("summary").click();
      await group.locator('input[type="checkbox"]').first().check();
      await page.waitForFunction(() =>
        /filter/.test(document.querySelector("[data-status]")?.textContent ?? ""),
      );
      problems.push(...formatViolations(`/soeg/ (results) @${width}px`, await runAxe(page, DISABLED_RULES)));
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });
});
