/**
 * The accessibility test of every built page (axe-core against WCAG 2.1 A/AA and best practice, plus reflow at
 * 320 px), shared by tests/site/accessibility.test.ts and its page shards (accessibility-pages-*.test.ts).
 * The pages are split by their place in the sorted list, so each shard is a file of its own that another test
 * worker can run at the same time; together the shards check every page, each at the same widths as before.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, it } from "vitest";
import { listHtmlPages, onePerTemplate, type SitePage } from "../../scripts/lib/site-pages.ts";
import { serveStatic } from "../../scripts/lib/static-server.ts";
import { ACCESSIBILITY_STATEMENT } from "../../src/lib/site/index.ts";
import { formatViolations, runAxe } from "./axe.ts";
import { launchChromium } from "./browser.ts";
import { DIST, requireBuild } from "./dist.ts";

/**
 * Rules switched off, each with the reason. Keep this list short and explain every entry; BENCHMARKS.md
 * ("Accessibility") repeats it for readers who do not open the tests.
 */
export const DISABLED_RULES: Record<string, string> = {};

/** How many files the per-page checks are split into: accessibility.test.ts and accessibility-pages-1…N-1. */
export const PAGE_SHARDS = 3;

/** Every page at desktop width; one page per URL shape (template) again at phone width, where layout differs. */
export const { desktop: DESKTOP, phone: PHONE, reflow: REFLOW_WIDTH } = ACCESSIBILITY_STATEMENT.testedWidths;

/** The pages of shard `shard` (0 … PAGE_SHARDS - 1): every PAGE_SHARDS-th page of the sorted list. */
export function shardPages(pages: SitePage[], shard: number): SitePage[] {
  return pages.filter((_, index) => index % PAGE_SHARDS === shard);
}

/** WCAG 1.4.10 Reflow: at 320 CSS px nothing may need horizontal scrolling. axe does not check this. */
export async function reflowProblems(page: Page, urlPath: string): Promise<string[]> {
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

/** What a test file of this suite gets: the static server, a page of its own and the browser. */
export interface AxeSession {
  siteUrl: () => string;
  page: () => Page;
}

/**
 * Registers the per-page checks of one shard in the calling test file, and returns the session for the file's
 * other tests. The checks run side by side, each in a tab of its own from a pool (3 tabs), so Chromium renders
 * and runs axe in more than one process at a time. Every page is still checked the same way.
 */
export function pageChecks(shard: number): AxeSession {
  requireBuild();
  const pages = listHtmlPages(DIST);
  // The phone-width pages are chosen from the whole site, as before the split, not per shard.
  const phoneChecked = new Set(onePerTemplate(pages).map((page) => page.urlPath));

  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  /** For the tests that run one at a time. */
  let page: Page;
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

  it.concurrent.for(shardPages(pages, shard).map((p) => [p.urlPath]))(
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

  return { siteUrl: () => site.url, page: () => page };
}
