/**
 * Lighthouse scores for the built site, served locally: performance, accessibility, best practices and SEO for
 * the home page, a case page and the search page. Uses Debian's Chromium (CHROME_PATH, default
 * /usr/bin/chromium); nothing is downloaded. Not part of npm test: scores vary with machine load.
 *
 * Usage: npm run build && npm run audit [-- --desktop]
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { markdownTable } from "./bench/bench-report.ts";
import { serveStatic } from "./lib/static-server.ts";
import { routes } from "../src/lib/catalogue/index.ts";
import { CHROMIUM_PATH } from "../tests/support/browser.ts";
import { DIST, requireBuild } from "../tests/support/dist.ts";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const PAGES = [
  { name: "Forside", path: routes.home() },
  { name: "Case (Ungeguides)", path: routes.intervention("ungeguides") },
  { name: "Søgning", path: routes.search() },
];

const { values } = parseArgs({ options: { desktop: { type: "boolean", default: false } } });
requireBuild();
const chromePath = process.env["CHROME_PATH"] ?? CHROMIUM_PATH;
const site = await serveStatic(DIST);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
  ],
});

const rows: string[][] = [];
const failures: string[] = [];
try {
  for (const { name, path } of PAGES) {
    if (!existsSync(`${DIST}${path}index.html`)) {
      rows.push([name, path, ...CATEGORIES.map(() => "–")]);
      continue;
    }
    const result = await lighthouse(
      site.url + path,
      { port: chrome.port, onlyCategories: [...CATEGORIES], logLevel: "error", output: "json" },
      values.desktop ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const scores = CATEGORIES.map((category) =>
      Math.round((result.lhr.categories[category]?.score ?? 0) * 100),
    );
    rows.push([name, path, ...scores.map(String)]);
    for (const category of CATEGORIES) {
      for (const ref of result.lhr.categories[category]?.auditRefs ?? []) {
        const audit = result.lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          failures.push(
            `${path} [${category}] ${audit.id}: ${audit.title} (${audit.displayValue ?? audit.score})`,
          );
        }
      }
    }
    mkdirSync("test-results/lighthouse", { recursive: true });
    writeFileSync(
      `test-results/lighthouse/${path.replaceAll("/", "_") || "_"}.json`,
      JSON.stringify(result.lhr),
    );
  }
} finally {
  chrome.kill();
  await site.close();
}

console.log(
  `Lighthouse ${values.desktop ? "desktop" : "mobile (default throttling)"}, Chromium at ${chromePath}\n`,
);
console.log(markdownTable(["Page", "Path", ...CATEGORIES], rows));
if (failures.length > 0)
  console.log(`\nAudits below 100:\n${failures.map((line) => `- ${line}`).join("\n")}`);
console.log("\nFull reports: test-results/lighthouse/*.json");
