/**
 * The editor page /admin/ in the build: its configuration matches the schema, its bundle comes from our own
 * build, its CSP is its own and confined to /admin/, it stays out of search engines and the search index,
 * and without OAuth it says in Danish what is missing. In Chromium, each CSP relaxation is shown to be needed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readLinks } from "../../scripts/lib/content-files.ts";
import { listHtmlPages } from "../../scripts/lib/site-pages.ts";
import { serveStatic, type StaticSite } from "../../scripts/lib/static-server.ts";
import {
  ADMIN_RELAXATIONS,
  adminHeaderPolicy,
  adminMetaPolicy,
  LOCAL_PROXY,
  cmsData,
} from "../../src/lib/cms/index.ts";
import {
  cmsSettings,
  contributingUrl,
  readmeUrl,
  headersForPath,
  metaPolicyOf,
  parseHeadersFile,
} from "../../src/lib/site/index.ts";
import { routes } from "../../src/lib/catalogue/index.ts";
import { formatViolations, runAxe } from "../support/axe.ts";
import { launchChromium } from "../support/browser.ts";
import { DIST, requireBuild } from "../support/dist.ts";

requireBuild();
const ADMIN = routes.admin();
const html = readFileSync(join(DIST, ADMIN, "index.html"), "utf8");
const built = JSON.parse(readFileSync(join(DIST, ADMIN, "config.json"), "utf8")) as {
  config: unknown;
  schemas: unknown;
  missing: string[];
};
const headerRules = parseHeadersFile(readFileSync(join(DIST, "_headers"), "utf8"));

describe("the built /admin/", () => {
  it("serves the configuration generated from the schemas, the vocabularies and links.toml", () => {
    const links = readLinks("content/links.toml") as Record<string, { title: string }>;
    const settings = cmsSettings(process.env, (built.config as { site_url: string }).site_url);
    expect(built).toEqual(JSON.parse(JSON.stringify(cmsData(links, settings))));
    const names = (built.config as { collections: { name: string }[] }).collections.map((c) => c.name);
    expect(names).toEqual(["interventions", "governance", "links"]);
  });

  it("without GitHub login says one plain sentence with the way to /bidrag/, and the operators' notes below it", () => {
    expect(built.missing.length).toBeGreaterThan(0);
    const missing = html.slice(
      html.indexOf('data-show="missing"'),
      html.indexOf('data-show="local-proxy-missing"'),
    );
    expect(/data-show="missing"[^>]*>/.exec(missing)?.[0]).not.toMatch(/\shidden\b/);
    const lead = /<p class="lead"[^>]*>([\s\S]*?)<\/p>/.exec(missing)![1]!;
    const sentence = lead
      .replace(/<[^>]+>/g, "")
      .replace(/\s+/g, " ")
      .trim();
    expect(sentence).toBe(
      "Redaktøren er ikke taget i brug på dette site endnu, men du kan foreslå en indsats eller en rettelse på andre måder.",
    );
    expect(lead).toContain(`href="${routes.contribute()}"`);
    // Below it, for operators: what to set, each name as code, and where the setup is described.
    const operators = missing.slice(missing.indexOf("Til den, der driver sitet"));
    expect(missing.indexOf("Til den, der driver sitet")).toBeGreaterThan(missing.indexOf(lead));
    for (const name of ["REPO_URL", "CMS_AUTH_URL"])
      expect(operators).toMatch(new RegExp(`<code[^>]*>${name}</code>`));
    // A word runs into the link or code after it when the template drops the space between them.
    expect(html.match(/[\p{L}:,.]<(?:a|code)\b/gu) ?? []).toEqual([]);
    const hrefs = [...operators.matchAll(/href="([^"]*)"/g)].map((match) =>
      match[1]!.replaceAll("&amp;", "&"),
    );
    expect(hrefs).toEqual(
      expect.arrayContaining([readmeUrl("login-med-github-oauth-trin-for-trin"), contributingUrl()]),
    );
    const readme = readFileSync("README.md", "utf8");
    expect(readme).toContain("### Login med GitHub (OAuth), trin for trin");
    const contribute = readFileSync(join(DIST, routes.contribute(), "index.html"), "utf8");
    expect(contribute).not.toContain(`href="${ADMIN}"`);
    expect(contribute).toContain("data-editor-offline");
    expect(contribute).toContain("npm run admin");
  });

  it("loads Decap CMS from our own build, never from a CDN", () => {
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(
      scripts.every((tag) => /\bsrc="\/_astro\//.test(tag)),
      scripts.join("\n"),
    ).toBe(true);
    expect(html).not.toMatch(/unpkg|jsdelivr|cdn\./i);
    const bundle = join(DIST, ADMIN, "decap", "decap-cms.js");
    expect(existsSync(bundle)).toBe(true);
    const files = readdirSync(join(DIST, ADMIN, "decap"));
    expect(files.some((name) => name.endsWith(".map"))).toBe(false);
    const raw = statSync(bundle).size;
    const gzip = gzipSync(readFileSync(bundle)).length;
    console.log(`Decap bundle: ${(raw / 1e6).toFixed(2)} MB raw, ${(gzip / 1e6).toFixed(2)} MB gzip`);
  });

  it("has its own CSP in the meta tag and in _headers, and only /admin/ allows 'unsafe-eval'", () => {
    expect(metaPolicyOf(html)).toBe(adminMetaPolicy());
    expect(headersForPath(headerRules, ADMIN)["Content-Security-Policy"]).toBe(adminHeaderPolicy());
    expect(headersForPath(headerRules, `${ADMIN}decap/decap-cms.js`)["Content-Security-Policy"]).toBe(
      adminHeaderPolicy(),
    );
    for (const rule of headerRules.filter((r) => r.pattern !== `${ADMIN}*`)) {
      for (const [, value] of rule.headers) expect(value, rule.pattern).not.toContain("'unsafe-eval'");
    }
    for (const page of listHtmlPages(DIST)) {
      expect(metaPolicyOf(readFileSync(page.file, "utf8")), page.urlPath).not.toContain("'unsafe-eval'");
    }
    const sitePolicy = headersForPath(headerRules, routes.intervention("skub"))["Content-Security-Policy"];
    expect(sitePolicy).toContain("script-src 'self'");
    expect(sitePolicy).not.toContain("unsafe-inline");
  });

  it("is noindex, outside the search index and the sitemap", () => {
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(headersForPath(headerRules, ADMIN)["X-Robots-Tag"]).toBe("noindex, nofollow");
    expect(html).not.toContain("data-pagefind-body");
    const sitemaps = readdirSync(DIST).filter((name) => /^sitemap.*\.xml$/.test(name));
    for (const name of sitemaps) expect(readFileSync(join(DIST, name), "utf8")).not.toContain(ADMIN);
    expect(listHtmlPages(DIST).some((page) => page.urlPath.startsWith(ADMIN))).toBe(false);
  });

  it("explains every CSP relaxation in README.md", () => {
    const readme = readFileSync("README.md", "utf8");
    for (const { directive, source } of ADMIN_RELAXATIONS) {
      expect(readme, `${directive} ${source}`).toContain(`\`${directive} ${source}\``);
    }
  });
});

describe("/admin/ in Chromium", () => {
  let site: StaticSite;
  let browser: Browser;

  beforeAll(async () => {
    site = await serveStatic(DIST);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** A context whose requests to a public-looking host are answered by the local build. */
  async function publicHostContext(options: { bypassCSP?: boolean } = {}): Promise<BrowserContext> {
    const context = await browser.newContext(options);
    await context.route("https://lovende-praksis.test/**", async (route) => {
      const url = route.request().url().replace("https://lovende-praksis.test", site.url);
      await route.fulfill({ response: await route.fetch({ url }) });
    });
    return context;
  }

  it("says in Danish what is missing when GitHub login is not configured, and loads no editor", async () => {
    expect(built.missing.length).toBeGreaterThan(0);
    const context = await publicHostContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`https://lovende-praksis.test${ADMIN}`);
    const message = page.locator("[data-show=missing]");
    await message.waitFor();
    await expect.poll(() => page.locator("[data-show=loading]").isHidden()).toBe(true);
    const text = (await message.innerText()).replace(/\s+/g, " ");
    expect(text).toContain("Redaktøren er ikke taget i brug på dette site endnu");
    expect(text).toContain("REPO_URL");
    expect(text).toContain("CMS_AUTH_URL");
    for (const name of [
      "foreslå en indsats eller en rettelse på andre måder",
      "Login med GitHub (OAuth), trin for trin",
      "vejledningen for redaktører (CONTRIBUTING.md)",
    ])
      expect(await page.getByRole("link", { name }).isVisible(), name).toBe(true);
    expect(requests.some((url) => url.includes("/decap/"))).toBe(false);
    await context.close();
  });

  it("has no accessibility violations in its message", async () => {
    const context = await publicHostContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`https://lovende-praksis.test${ADMIN}`);
    await page.locator("[data-show=missing]").waitFor();
    expect(formatViolations(ADMIN, await runAxe(page))).toEqual([]);
    await context.close();
  });

  /** Opens /admin/ on 127.0.0.1 with a stand-in for the local proxy, optionally without one CSP source. */
  async function startEditor(without?: string): Promise<{ page: Page; violations: string[] }> {
    const context = await browser.newContext();
    const violations: string[] = [];
    await context.exposeFunction("reportViolation", (text: string) => violations.push(text));
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) =>
        (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
          `${event.effectiveDirective} ${event.blockedURI || "inline"}`,
        ),
      );
    });
    await context.route(`${new URL(LOCAL_PROXY).origin}/**`, (route) =>
      route.fulfill({
        contentType: "application/json",
        headers: { "Access-Control-Allow-Origin": "*" },
        body: JSON.stringify({
          repo: "lovende-praksis",
          publish_modes: ["editorial_workflow"],
          type: "local_git",
        }),
      }),
    );
    if (without) {
      await context.route(`${site.url.replace("localhost", "127.0.0.1")}${ADMIN}`, async (route) => {
        const response = await route.fetch();
        const headers = response.headers();
        headers["content-security-policy"] = (headers["content-security-policy"] ?? "").replace(
          ` ${without}`,
          "",
        );
        const body = (await response.text()).replaceAll(` ${without.replaceAll("'", "&#39;")}`, "");
        await route.fulfill({ response, headers, body });
      });
    }
    const page = await context.newPage();
    await page.goto(`${site.url.replace("localhost", "127.0.0.1")}${ADMIN}`);
    return { page, violations };
  }

  it("starts the Danish editor under its policy without a single violation", async () => {
    const { page, violations } = await startEditor();
    await page.getByRole("button", { name: "Log ind" }).waitFor({ timeout: 30_000 });
    expect(violations).toEqual([]);
    await page.context().close();
  });

  for (const source of ["'unsafe-eval'", "'unsafe-inline'"]) {
    it(`needs ${source}: without it the browser blocks the editor`, async () => {
      const { page, violations } = await startEditor(source);
      await expect.poll(() => violations.length, { timeout: 30_000 }).toBeGreaterThan(0);
      expect(violations.join("\n")).toMatch(source === "'unsafe-eval'" ? /^script-src eval/m : /^style-src/m);
      await page.context().close();
    });
  }
});
