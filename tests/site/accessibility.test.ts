/**
 * axe-core over every page of the built site, in real Chromium, against WCAG 2.1 A/AA (EN 301 549) and axe's
 * best practices. Pages are found by walking dist/, so a new page is tested without touching this file.
 * The per-page checks are split into PAGE_SHARDS files (this one and accessibility-pages-*.test.ts) that run on
 * different test workers; tests/support/accessibility.ts holds them.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listHtmlPages, listIndexPages } from "../../scripts/lib/site-pages.ts";
import { routes } from "../../src/lib/catalogue/index.ts";
import {
  DESKTOP,
  DISABLED_RULES,
  PAGE_SHARDS,
  pageChecks,
  PHONE,
  reflowProblems,
  shardPages,
} from "../support/accessibility.ts";
import { formatViolations, runAxe } from "../support/axe.ts";
import { DIST } from "../support/dist.ts";

describe("accessibility (axe-core, WCAG 2.1 AA + best practice)", () => {
  const session = pageChecks(0);

  it("finds the whole site in dist/, not an empty or partial build", () => {
    expect(listIndexPages(DIST).length).toBeGreaterThan(60);
  });

  it("checks every page in exactly one of the shard files, each of which exists", () => {
    const pages = listHtmlPages(DIST);
    const shards = Array.from({ length: PAGE_SHARDS }, (_, shard) => shardPages(pages, shard));
    expect(
      shards
        .flat()
        .map((page) => page.urlPath)
        .sort(),
    ).toEqual(pages.map((page) => page.urlPath).sort());
    for (let shard = 1; shard < PAGE_SHARDS; shard += 1) {
      expect(existsSync(`tests/site/accessibility-pages-${shard}.test.ts`), `shard ${shard}`).toBe(true);
    }
  });

  it("reports a broken page with the page, rule id, target selector and help text", async () => {
    const page = session.page();
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

  it("the search page with results, a chosen facet and a second batch has no violations", async () => {
    const page = session.page();
    const problems: string[] = [];
    for (const width of [DESKTOP, PHONE]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(session.siteUrl() + routes.search({ q: "", filters: {} }));
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
