/**
 * Measuring what a page costs: gzip sizes of HTML and CSS on disk, and in Chromium the requests a page makes,
 * the bytes transferred and the time until the first search result appears. Used by the budget test and by
 * the benchmark, so both measure the same way.
 */
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import type { StaticSite } from "./static-server.ts";

/** The level common hosts use when they compress on the fly (static-server.ts uses the same). */
export const GZIP_LEVEL = 6;

export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: GZIP_LEVEL }).length;
}

export function scriptTagCount(html: string): number {
  return html.match(/<script\b/gi)?.length ?? 0;
}

/** href of every <link rel="stylesheet"> in the page. */
export function stylesheetHrefs(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((match) => match[0])
    .filter((tag) => /\brel="?stylesheet"?/i.test(tag))
    .map((tag) => /\bhref="([^"]+)"/i.exec(tag)?.[1])
    .filter((href): href is string => href !== undefined);
}

/** HTML plus every linked stylesheet, each gzipped on its own as a host would send them. */
export function htmlAndCssGzip(html: string, readAsset: (href: string) => string): number {
  return gzipSize(html) + stylesheetHrefs(html).reduce((sum, href) => sum + gzipSize(readAsset(href)), 0);
}

export type Request = { url: string; type: string };

export const isFont = (request: Request) =>
  request.type === "font" || /\.(woff2?|ttf|otf|eot)$/i.test(new URL(request.url).pathname);
export const isScript = (request: Request) =>
  request.type === "script" || /\.m?js$/i.test(new URL(request.url).pathname);

/** Records the URL and type of every request `page` (and its workers) makes. Call before navigating. */
export function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on("request", (request) => requests.push({ url: request.url(), type: request.resourceType() }));
  return requests;
}

/** Adds an observer that notes performance.now() (ms since navigation start) when `selector` first appears. */
export async function watchFirstAppearance(page: Page, selector: string): Promise<() => Promise<number>> {
  await page.addInitScript((wanted) => {
    const store = window as unknown as { firstAppearance?: number };
    const observer = new MutationObserver(() => {
      if (store.firstAppearance === undefined && document.querySelector(wanted)) {
        store.firstAppearance = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  }, selector);
  return async () => {
    await page.waitForFunction(
      () => (window as unknown as { firstAppearance?: number }).firstAppearance !== undefined,
    );
    return page.evaluate(() => (window as unknown as { firstAppearance: number }).firstAppearance);
  };
}

/** Body bytes the server sent (after compression), counted by the server itself, so worker requests count too. */
export function bytesSent(site: StaticSite): number {
  return site.transfers.reduce((sum, transfer) => sum + transfer.bytes, 0);
}

export type SearchTiming = { ms: number; bytes: number; requests: number };

/**
 * Opens `path` (a search page with a query) in a fresh browser context, so nothing is cached, and measures the
 * time from navigation start until the first `resultSelector` element is in the DOM, and the bytes the server
 * sent up to then.
 */
export async function measureFirstResults(
  browser: Browser,
  site: StaticSite,
  path: string,
  resultSelector: string,
): Promise<SearchTiming> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const firstResult = await watchFirstAppearance(page, resultSelector);
    site.transfers.length = 0;
    await page.goto(site.url + path);
    const ms = await firstResult();
    return { ms, bytes: bytesSent(site), requests: site.transfers.length };
  } finally {
    await context.close();
  }
}
