/**
 * What `npm run check` accepts, the site accepts (issue 26, class 8). tests/fixtures/round4/planted-site holds
 * bodies with everything the check allows (aligned and wide tables, headings at ## and ###, lists, quotes, code,
 * a link reference, footnotes, smart punctuation, escapes, links to site paths) in every collection that has a
 * body, including two part introductions with the same heading and footnote label on one page. The check must
 * accept it; then it is built, and every page that shows a body must have 0 CSP violations, 0 errors from the
 * W3C HTML checker and 0 axe violations, and at 320 px a wide table scrolls in its own box while the page does not.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../scripts/lib/static-server.ts";
import { routes, sitePathCheck } from "../../src/lib/catalogue/index.ts";
import { checkContent, contentTree, formatProblem, TABLE_SCROLL_CLASS } from "../../src/lib/check/index.ts";
import { formatViolations, runAxe } from "../support/axe.ts";
import { launchChromium } from "../support/browser.ts";
import { buildFixtureSite } from "../support/run-node.ts";

const CONTENT = "tests/fixtures/round4/planted-site";
const work = mkdtempSync(join(tmpdir(), "lp-planted-"));
const dist = join(work, "dist");
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The pages that show a planted body. */
const PAGES = [
  routes.intervention("plantet"),
  routes.phase("fastholdelse"),
  routes.approaches(),
  routes.governanceExample("plantet-styring"),
];

const VNU_JAR = join(createRequire(import.meta.url).resolve("vnu-jar"), "..", "build", "dist", "vnu.jar");

let browser: Browser;
let context: BrowserContext;
let page: Page;
let site: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  await buildFixtureSite(CONTENT, dist, { timeoutMs: 400_000 });
  site = await serveStatic(dist);
  browser = await launchChromium();
  context = await browser.newContext();
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`),
    );
  });
  page = await context.newPage();
}, 420_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("planted bodies the check accepts", () => {
  it("are accepted by npm run check", () => {
    const { problems } = checkContent(contentTree(CONTENT), process.cwd(), { sitePathCheck });
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it("render table alignment as classes and wrap each table in a scroll box, with no style attribute", () => {
    const html = readFileSync(join(dist, routes.intervention("plantet"), "index.html"), "utf8");
    expect(html).toMatch(/<th class="align-center">Unge i job<\/th>/);
    expect(html).toMatch(/<td class="align-right">40 %<\/td>/);
    expect(html.match(new RegExp(`class="${TABLE_SCROLL_CLASS}"`, "g"))).toHaveLength(2);
    const body = html.slice(html.indexOf("data-entry-body"));
    expect(body).not.toMatch(/\sstyle=/);
  });

  it("load with no CSP violation", async () => {
    const found: string[] = [];
    for (const path of PAGES) {
      await page.goto(site.url + path, { waitUntil: "load" });
      const seen = await page.evaluate(
        () => (window as unknown as { cspViolations: string[] }).cspViolations,
      );
      found.push(...seen.map((violation) => `${path}: ${violation}`));
    }
    expect(found).toEqual([]);
  });

  it("have no axe violation, at desktop width and at 320 px", async () => {
    const axePage = await (await browser.newContext({ bypassCSP: true })).newPage();
    const found: string[] = [];
    for (const width of [1280, 320]) {
      await axePage.setViewportSize({ width, height: 900 });
      for (const path of PAGES) {
        await axePage.goto(site.url + path, { waitUntil: "load" });
        found.push(...formatViolations(`${path} @${width}px`, await runAxe(axePage)));
      }
    }
    expect(found).toEqual([]);
  }, 180_000);

  it("scroll a wide table in its own box at 320 px; the page itself does not scroll sideways", async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    for (const path of PAGES) {
      await page.goto(site.url + path, { waitUntil: "load" });
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        boxes: [...document.querySelectorAll<HTMLElement>(".table-scroll")].map((box) => ({
          scroll: box.scrollWidth,
          client: box.clientWidth,
          focusable: box.tabIndex === 0,
        })),
      }));
      expect(widths.page, path).toBeLessThanOrEqual(320);
      for (const box of widths.boxes) expect(box.focusable, path).toBe(true);
      if (path === routes.intervention("plantet")) {
        expect(widths.boxes.some((box) => box.scroll > box.client + 100)).toBe(true);
      }
    }
  });

  it("have no error from the W3C HTML checker", () => {
    const files = PAGES.map((path) => join(dist, path.replace(/#.*$/, ""), "index.html"));
    const result = spawnSync("java", ["-jar", VNU_JAR, "--errors-only", "--format", "json", ...files], {
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
      timeout: 180_000,
    });
    if (result.error) throw new Error(`Could not run the Nu Html Checker: ${result.error.message}`);
    const messages = (
      JSON.parse(result.stderr) as { messages: { type: string; url?: string; message: string }[] }
    ).messages;
    const errors = messages
      .filter((message) => message.type === "error" || message.type === "non-document-error")
      .map((message) => `${message.url ?? "?"}: ${message.message}`);
    expect(errors).toEqual([]);
  }, 200_000);
});
