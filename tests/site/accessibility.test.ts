/**
 * axe-core over every page of the built site, in real Chromium, against WCAG 2.1 A/AA (EN 301 549) and axe's
 * best practices. Pages are found by walking dist/, so a new page is tested without touching this file.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listHtmlPages, listIndexPages } from "../../scripts/lib/site-pages.ts";
import { serveStatic } from "../../scripts/lib/static-server.ts";
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
const WIDTHS = [1280, 375] as const;

let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;

beforeAll(async () => {
  site = await serveStatic(DIST);
  browser = await launchChromium();
  // The CSP would block the injected axe script; the CSP itself is tested in security.test.ts.
  const context = await browser.newContext({ bypassCSP: true });
  page = await context.newPage();
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
        '<p style="color:#aaa;background:#fff">Svag tekst</p></body></html>',
    );
    const lines = formatViolations("/fixture/", await runAxe(page, DISABLED_RULES));
    const rules = lines.map((line) => /\[([\w-]+),/.exec(line)?.[1]);
    expect(rules).toEqual(
      expect.arrayContaining(["html-has-lang", "image-alt", "color-contrast", "landmark-one-main"]),
    );
    expect(lines.find((line) => line.includes("[image-alt,"))).toMatch(
      /^\/fixture\/ {2}\[image-alt, critical\] {2}img — Images must have alternative text \(https:/,
    );
  });

  it.each(pages.map((p) => [p.urlPath]))("%s has no violations at 1280 and 375 px", async (urlPath) => {
    const problems: string[] = [];
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
    await page.goto(site.url + urlPath);
    for (const width of WIDTHS) {
      // Resizing re-applies the media queries; no reload needed, so axe is injected once per page.
      await page.setViewportSize({ width, height: 900 });
      const violations = await runAxe(page, DISABLED_RULES);
      problems.push(...formatViolations(`${urlPath} @${width}px`, violations));
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });
});
