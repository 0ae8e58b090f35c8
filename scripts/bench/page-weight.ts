/**
 * Measuring what a page costs: raw and gzip sizes of HTML and CSS on disk, and in Chromium the requests a page makes
 * and the bytes the server sent. Used by the budget test. (Search timing: measure-search.ts.)
 */
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { serveStatic, type StaticSite } from "../lib/static-server.ts";

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

/** HTML plus every linked stylesheet, uncompressed: what the browser parses and lays out. */
export function htmlAndCssBytes(html: string, readAsset: (href: string) => string): number {
  const bytes = (text: string) => Buffer.byteLength(text, "utf8");
  return bytes(html) + stylesheetHrefs(html).reduce((sum, href) => sum + bytes(readAsset(href)), 0);
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

/** Body bytes the server sent (after compression), counted by the server itself, so worker requests count too. */
export function bytesSent(site: StaticSite): number {
  return site.transfers.reduce((sum, transfer) => sum + transfer.bytes, 0);
}

/** What one page costs a first-time visitor in Chromium: every response the server sent, after compression. */
export type PageTransfer = { path: string; bytes: number; responses: { path: string; bytes: number }[] };

/**
 * Loads `path` of the static site in `dist` in a fresh browser context (empty cache), waits until the network
 * is idle, and counts the bytes the server sent for it: HTML, CSS, scripts, icons, and whatever a script fetched.
 * Works for any static build, so an entry page of ours can be set beside the same entry built with another
 * generator (the bench compares with Astro Starlight this way; nothing of Starlight is in this repository).
 */
export async function pageTransfer(
  browser: Browser,
  dist: string,
  path: string,
  viewport = { width: 1280, height: 900 },
): Promise<PageTransfer> {
  const site = await serveStatic(dist);
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    const response = await page.goto(site.url + path, { waitUntil: "load" });
    if (!response?.ok()) throw new Error(`${path} answered ${response?.status()} in ${dist}`);
    await page.waitForLoadState("networkidle");
    const responses = site.transfers.map(({ path: served, bytes }) => ({ path: served, bytes }));
    return { path, bytes: bytesSent(site), responses };
  } finally {
    await context.close();
    await site.close();
  }
}
