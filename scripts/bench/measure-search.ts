/**
 * Measures the search page in headless Chromium, as a visitor meets it:
 * - `link`: a shared link /soeg/?q=<query> opened in a fresh browser, until the first result shows;
 * - `typed`: the page already open and idle, a first query typed and submitted, until its results show.
 * Bytes are what a host that compresses text would send: Pagefind's index files are already gzipped,
 * HTML, CSS and JavaScript are counted gzipped (level 6), everything else as is.
 */
import { gzipSync } from "node:zlib";
import type { Browser, Page, Request } from "playwright-core";
import { routes } from "../../src/lib/catalogue/index.ts";

export type SearchMeasurement = {
  ms: number;
  bytes: number;
  requests: number;
  /** Bytes per kind of file, for finding what grows. */
  breakdown: Record<string, number>;
  /** Requests per kind of file: how many fragments a first search fetched, say. */
  files: Record<string, number>;
};

const COMPRESSIBLE = /\.(html|css|js|json|svg)$|\/$|\?/;

function kindOf(url: URL): string {
  const path = url.pathname;
  if (path.startsWith(routes.pagefindBundle())) {
    const match = /\.pf_(\w+)$/.exec(path) ?? /(wasm)\./.exec(path);
    return match ? `pagefind ${match[1]}` : "pagefind js";
  }
  if (path.endsWith(".css")) return "css";
  if (path.endsWith(".js")) return "js";
  return "html";
}

async function wireBytes(request: Request): Promise<number> {
  const response = await request.response();
  if (!response) return 0;
  const body = await response.body().catch(() => Buffer.alloc(0));
  const path = new URL(request.url()).pathname;
  return COMPRESSIBLE.test(path) && !path.includes(".pf_") ? gzipSync(body).length : body.length;
}

/**
 * Records every finished request (the Pagefind worker's included) from now on; the summary counts
 * those whose response ended by `until` (ms since the epoch), so loading that follows the first
 * results is left out.
 */
function recordTraffic(page: Page): (until?: number) => Promise<Omit<SearchMeasurement, "ms">> {
  const finished: Request[] = [];
  page.on("requestfinished", (request) => finished.push(request));
  return async (until = Infinity) => {
    const breakdown: Record<string, number> = {};
    const files: Record<string, number> = {};
    let bytes = 0;
    const endedAt = (request: Request) => request.timing().startTime + request.timing().responseEnd;
    const counted = finished.filter((request) => endedAt(request) <= until);
    for (const request of counted) {
      const size = await wireBytes(request);
      const kind = kindOf(new URL(request.url()));
      breakdown[kind] = (breakdown[kind] ?? 0) + size;
      files[kind] = (files[kind] ?? 0) + 1;
      bytes += size;
    }
    return { bytes, requests: counted.length, breakdown, files };
  };
}

/** Our result rows, and Pagefind UI's first result with a link (not a placeholder) on a Starlight page. */
const OUR_RESULT = "[data-result]";
const STARLIGHT_RESULT = ".pagefind-ui__result-link";

/** Notes, in the page (as an init script), the moment the first element matching `selector` is added. */
const watchFirstResult = (selector: string) => {
  new MutationObserver((_, observer) => {
    if (!document.querySelector(selector)) return;
    (window as unknown as { firstResultAt: number }).firstResultAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
};

/**
 * Waits for the first result watchFirstResult noted, counts the traffic that ended by then and closes the
 * page's context. `at` is when the result showed, in ms since the epoch.
 */
async function untilFirstResult(
  page: Page,
  traffic: ReturnType<typeof recordTraffic>,
): Promise<{ at: number; ms: number; measured: Omit<SearchMeasurement, "ms"> }> {
  await page.waitForFunction(() => "firstResultAt" in window, null, { timeout: 60_000 });
  // performance.now() counts from the start of navigation, at performance.timeOrigin.
  const { ms, origin } = await page.evaluate(() => ({
    ms: (window as unknown as { firstResultAt: number }).firstResultAt,
    origin: performance.timeOrigin,
  }));
  const measured = await traffic(origin + ms);
  await page.context().close();
  return { at: origin + ms, ms, measured };
}

/**
 * A fresh browser context at `url`, watching for the first element matching `resultSelector` (init scripts run
 * again on every navigation, so a search page reached by a form is watched too) and recording its traffic.
 */
async function openWatched(browser: Browser, url: string, resultSelector: string) {
  const page = await (await browser.newContext()).newPage();
  await page.addInitScript(watchFirstResult, resultSelector);
  const traffic = recordTraffic(page);
  await page.goto(url);
  return { page, traffic };
}

export async function measureSharedLink(
  browser: Browser,
  siteUrl: string,
  query: string,
): Promise<SearchMeasurement> {
  const { page, traffic } = await openWatched(
    browser,
    `${siteUrl}${routes.search({ q: query, filters: {} })}`,
    OUR_RESULT,
  );
  const { ms, measured } = await untilFirstResult(page, traffic);
  return { ms, ...measured };
}

export async function measureTypedQuery(
  browser: Browser,
  siteUrl: string,
  query: string,
): Promise<SearchMeasurement> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${siteUrl}${routes.search()}`);
  await page.waitForSelector('[data-counts-state="done"]', { timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  const traffic = recordTraffic(page);
  await page.fill("#soeg-q", query);
  const ms = await page.evaluate(async (q) => {
    const status = document.querySelector("[data-status]")!;
    const started = performance.now();
    const done = new Promise<number>((resolve) => {
      new MutationObserver(() => {
        if (status.textContent?.includes(`»${q}«`)) resolve(performance.now() - started);
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
    document.querySelector("form[role=search]")!.dispatchEvent(new Event("submit", { cancelable: true }));
    return done;
  }, query);
  const measured = await traffic(Date.now());
  await context.close();
  return { ms, ...measured };
}

/**
 * Search from the home page, as the issue measures it against Starlight: the home page loads, the query is typed
 * into the header's search field and submitted, and everything both pages transferred until the first result
 * shows is counted (the CSS the two pages share is fetched once, as a browser would).
 */
export async function measureFromHome(
  browser: Browser,
  siteUrl: string,
  query: string,
): Promise<SearchMeasurement> {
  const { page, traffic } = await openWatched(browser, `${siteUrl}/`, OUR_RESULT);
  await page.waitForLoadState("networkidle");
  const started = await page.evaluate(() => performance.timeOrigin + performance.now());
  await page.fill("#header-q", query);
  await Promise.all([page.waitForURL(/\/soeg\//), page.press("#header-q", "Enter")]);
  const { at, measured } = await untilFirstResult(page, traffic);
  return { ms: at - started, ...measured };
}

/**
 * The same visit on a Starlight build, for comparison (`npm run bench -- --starlight <dir>`): its home page
 * loads, the search dialog is opened with its button, the query is typed into Pagefind UI, and everything
 * that arrived until the first result shows is counted as in measureSharedLink.
 */
export async function measureStarlightSearch(
  browser: Browser,
  siteUrl: string,
  query: string,
): Promise<SearchMeasurement> {
  const { page, traffic } = await openWatched(browser, `${siteUrl}/`, STARLIGHT_RESULT);
  // The button is enabled by Starlight's script; Pagefind UI mounts into the dialog when the browser is idle.
  const open = page.locator("button[data-open-modal]");
  await open.waitFor({ state: "visible" });
  await page.waitForFunction(
    () => !document.querySelector<HTMLButtonElement>("button[data-open-modal]")?.disabled,
  );
  await open.click();
  const input = page.locator("dialog .pagefind-ui__search-input");
  await input.waitFor({ state: "visible", timeout: 60_000 });
  await input.fill(query);
  const { ms, measured } = await untilFirstResult(page, traffic);
  return { ms, ...measured };
}
