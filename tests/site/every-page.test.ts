/**
 * Every built page, loaded once in Chromium as a reader gets it, with the CSP <meta> tag and the headers the host
 * sends (one sweep, since each page load costs Chromium about 0.13 CPU s):
 * - no CSP violation, console error or failed request (the policy itself: tests/site/security.test.ts);
 * - the text a reader sees (innerText; code samples left out): no local preview address, a space after every full
 *   stop, colon or other sentence mark, and Danish quotation marks in the site's own wording.
 */
import type { Browser } from "playwright-core";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listHtmlPages } from "../../scripts/lib/site-pages.ts";
import { serveStatic } from "../../scripts/lib/static-server.ts";
import { launchChromium } from "../support/browser.ts";
import { DIST, requireBuild } from "../support/dist.ts";
import { watchedPage } from "../support/page-problems.ts";
import { gluedToInlineElement, typographyProblems } from "../support/typography.ts";

requireBuild();
const pages = listHtmlPages(DIST);
let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;
/** Per page: all visible text, and the same without an entry's body (content written by editors). */
const texts = new Map<string, { all: string; ui: string }>();
/** Per page: its CSP violations, console errors and failed requests, as "path: problem". */
const loadProblems: string[] = [];

beforeAll(async () => {
  site = await serveStatic(DIST);
  browser = await launchChromium();
  const { page, problems, violations, clear } = await watchedPage(
    await browser.newContext({ viewport: { width: 1280, height: 900 } }),
  );
  for (const { urlPath } of pages) {
    clear();
    await page.goto(site.url + urlPath, { waitUntil: "load" });
    loadProblems.push(...(await violations()).map((v) => `${urlPath}: ${v}`));
    loadProblems.push(...problems.map((p) => `${urlPath}: ${p}`));
    // Last, as it changes the document.
    const text = await page.evaluate(() => {
      document.querySelectorAll("code, pre, script, style").forEach((element) => element.remove());
      const all = document.body.innerText;
      document.querySelectorAll("[data-entry-body]").forEach((element) => element.remove());
      return { all, ui: document.body.innerText };
    });
    texts.set(urlPath, text);
  }
}, 300_000); // one load per built page, so the limit grows with the site

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("in Chromium, with the meta tag and the headers the host sends", () => {
  it("loads every page with no CSP violation, console error or failed request", () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(texts.size).toBe(pages.length);
    expect(loadProblems).toEqual([]);
  });
});

const problemsIn = (part: "all" | "ui", kind: string) =>
  [...texts].flatMap(([path, text]) =>
    typographyProblems(text[part])
      .filter((problem) => problem.startsWith(kind))
      .map((problem) => `${path}: ${problem}`),
  );

describe("visible text on every page", () => {
  it("was read from every page", () => {
    expect(texts.size).toBe(pages.length);
    expect(pages.length).toBeGreaterThan(40);
  });

  it("names no local preview address", () => {
    const found = [...texts]
      .filter(([, { all }]) => /localhost|127\.0\.0\.1/.test(all))
      .map(([path]) => path);
    expect(found).toEqual([]);
  });

  it("has a space after sentence punctuation", () => {
    expect(problemsIn("all", "missing space")).toEqual([]);
  });

  it("keeps a space between a word and a link or code sample next to it (»kør npm run new«, not »kørnpm«)", () => {
    const glued = pages.flatMap(({ urlPath, file }) =>
      gluedToInlineElement(readFileSync(file, "utf8")).map((problem) => `${urlPath}: ${problem}`),
    );
    expect(glued).toEqual([]);
  });

  it("uses »…« for quotations in the site's own wording (entry bodies are content, checked by their editors)", () => {
    expect(problemsIn("ui", "quotation mark")).toEqual([]);
  });
});
