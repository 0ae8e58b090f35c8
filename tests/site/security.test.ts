/**
 * The Content-Security-Policy and security headers: present on every page and in dist/_headers, generated from
 * src/lib/site/security-policy.ts, and proven in Chromium to allow what the site needs and block what it does not.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listHtmlPages } from "../../scripts/lib/site-pages.ts";
import { serveStatic } from "../../scripts/lib/static-server.ts";
import { routes } from "../../src/lib/catalogue/index.ts";
import {
  HEADER_ONLY_DIRECTIVES,
  headerPolicy,
  headersForPath,
  META_DIRECTIVES,
  metaPolicyOf,
  parseHeadersFile,
  parsePolicy,
  policyHashes,
  SCRIPT_SOURCES,
  SECURITY_HEADERS,
  STYLE_SOURCES,
} from "../../src/lib/site/index.ts";
import { launchChromium } from "../support/browser.ts";
import { watchedPage, type PageProblems } from "../support/page-problems.ts";
import { DIST, requireBuild } from "../support/dist.ts";

requireBuild();
const pages = listHtmlPages(DIST).map((page) => ({ ...page, html: readFileSync(page.file, "utf8") }));
const headerRules = parseHeadersFile(readFileSync(join(DIST, "_headers"), "utf8"));

describe("the policy in the build", () => {
  it("is in a <meta> tag on every page, exactly as src/lib/site/security-policy.ts defines it", () => {
    expect(pages.length).toBeGreaterThan(60);
    for (const page of pages) {
      const meta = metaPolicyOf(page.html);
      expect(meta, `${page.urlPath} has no CSP meta tag`).toBeDefined();
      const directives = parsePolicy(meta!);
      for (const directive of META_DIRECTIVES) {
        const [name, ...sources] = directive.split(" ");
        expect(directives.get(name!), `${page.urlPath}: ${name}`).toEqual(sources);
      }
      const withoutHashes = (name: string) => directives.get(name)!.filter((s) => !s.startsWith("'sha"));
      expect(withoutHashes("script-src"), page.urlPath).toEqual([...SCRIPT_SOURCES]);
      expect(withoutHashes("style-src"), page.urlPath).toEqual([...STYLE_SOURCES]);
      for (const headerOnly of HEADER_ONLY_DIRECTIVES) expect(meta).not.toContain(headerOnly.split(" ")[0]);
    }
  });

  it("is in dist/_headers for every path, with every hash the pages use and the header-only directives", () => {
    const script = pages.flatMap((page) => policyHashes(metaPolicyOf(page.html)!).script);
    const style = pages.flatMap((page) => policyHashes(metaPolicyOf(page.html)!).style);
    const headers = headersForPath(headerRules, routes.intervention("skub"));
    expect(headers).toEqual({
      "Content-Security-Policy": headerPolicy({ script, style }),
      ...SECURITY_HEADERS,
    });
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
  });
});

describe("in Chromium, with the meta tag and the headers the host sends", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  let watched: PageProblems;

  beforeAll(async () => {
    site = await serveStatic(DIST);
    browser = await launchChromium();
    context = await browser.newContext();
    ({ page, ...watched } = await watchedPage(context));
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it("serves the CSP and security headers with every page", async () => {
    const response = await page.goto(site.url + routes.home());
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe(SECURITY_HEADERS["Referrer-Policy"]);
  });

  it("blocks an injected inline script and reports it (the listener works)", async () => {
    await page.goto(site.url + routes.about());
    watched.clear();
    const ran = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.injected = true";
      document.body.append(script);
      return "injected" in window;
    });
    expect(ran).toBe(false);
    await expect
      .poll(watched.violations)
      .toContainEqual(expect.stringMatching(/^script-src-elem blocked inline/));
    watched.clear();
  });

  // Every page's load without a violation, console error or failed request is checked in every-page.test.ts,
  // in the one sweep of all pages that also reads their visible text.

  /** Opens a search with results and returns the status line once the search has settled. */
  async function search(target: Page, word: string): Promise<string> {
    await target.goto(site.url + routes.search({ q: word, filters: {} }));
    await target.waitForFunction(() =>
      /fundet|ikke tilgængelig/.test(document.querySelector("[data-status]")?.textContent ?? ""),
    );
    return (await target.textContent("[data-status]")) ?? "";
  }

  it("searches on /soeg/ (Pagefind's script, worker and WebAssembly) without any violation", async () => {
    watched.clear();
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(worker.url()));
    expect(await search(page, "mentor")).toMatch(/^\d+ indsatser fundet/);
    expect(await page.locator("[data-result]").count()).toBeGreaterThan(0);
    expect(workers.some((url) => url.endsWith("/pagefind/pagefind-worker.js"))).toBe(true);
    expect(await watched.violations()).toEqual([]);
    expect(watched.problems).toEqual([]);
  });

  it("needs 'wasm-unsafe-eval': without it the search cannot start (so the test above would catch it)", async () => {
    const strict = await context.newPage();
    await strict.route("**/*", async (route) => {
      const response = await route.fetch();
      const headers = response.headers();
      const policy = headers["content-security-policy"];
      if (policy) headers["content-security-policy"] = policy.replace(" 'wasm-unsafe-eval'", "");
      await route.fulfill({ response, headers });
    });
    const errors: string[] = [];
    strict.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await strict.goto(site.url + routes.search({ q: "mentor", filters: {} }));
    await expect
      .poll(() => errors.some((text) => /WebAssembly[\s\S]*Content Security Policy/i.test(text)), {
        timeout: 15_000,
      })
      .toBe(true);
    expect(await strict.locator("[data-result]").count()).toBe(0);
    await strict.close();
  });
});
