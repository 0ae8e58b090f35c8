/**
 * Printing, in Chromium with print emulation: page.pdf() on A4, counted with pdfinfo and read with pdftotext
 * (poppler-utils). A table-only entry fits on two pages and the longest case on four, with no navigation,
 * external link targets after their text, and the source credit and page address at the end.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic, type StaticSite } from "../../scripts/lib/static-server.ts";
import { CATALOGUE_CREDIT, CATALOGUE_ID, APPROACH_SLUGS } from "../../src/lib/vocabulary/index.ts";
import { routes } from "../../src/lib/catalogue/index.ts";
import { launchChromium } from "../support/browser.ts";
import { loadCatalogue, type ParsedEntry } from "../support/catalogue.ts";
import { DIST, requireBuild } from "../support/dist.ts";
import { listMdxFiles } from "../../scripts/lib/content-files.ts";
import { CONTENT_PATHS } from "../../src/lib/content/index.ts";

const MAX_PAGES = { tableOnly: 2, longest: 4 } as const;
/** Text that belongs to the site's navigation and tools, never to a printed page. */
const NAVIGATION_TEXT = [
  "Gå til indhold",
  "Søg i indsatserne",
  "Alle indsatser Omkring grundskolen",
  "Søg Om Lovende praksis",
  "Find indsatser",
  "Tilgængelighedserklæring",
  "Åbne data",
  "Foreslå en rettelse",
  "Sammenlign med andre indsatser",
  "Hele historikken",
];

const catalogue = loadCatalogue();
const sizes = new Map(listMdxFiles(CONTENT_PATHS.interventions.base).map((f) => [f, readFileSync(f).length]));
const sizeOf = (entry: ParsedEntry) =>
  [...sizes].find(([file]) => file.endsWith(`/${entry.id}.mdx`))?.[1] ?? 0;
/** Entries from the catalogue's overview table alone: no case, and every source is that table or a link from it. */
const tableOnly = catalogue.filter(
  (entry) =>
    !entry.data.case &&
    entry.data.sources.every((source) =>
      "publication" in source
        ? source.publication === CATALOGUE_ID && (source.section ?? "").startsWith("Oversigt")
        : source.via === CATALOGUE_ID,
    ),
);
const bySize = (entries: ParsedEntry[]) => [...entries].sort((a, b) => sizeOf(b) - sizeOf(a));
const longestTableOnly = bySize(tableOnly).slice(0, 2);
/** The longest entry of all, which is one of the catalogue's in-depth cases today. */
const longestCase = bySize(catalogue)[0]!;

const work = mkdtempSync(join(tmpdir(), "lp-print-"));
let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  requireBuild();
  site = await serveStatic(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

function havePoppler(): void {
  try {
    execFileSync("pdfinfo", ["-v"], { stdio: "ignore" });
  } catch {
    throw new Error(
      "pdfinfo is missing. Install poppler-utils (apt-get install -y poppler-utils); .ci/run does.",
    );
  }
}

type Printed = { pages: number; landscape: boolean; text: string };

async function print(path: string, waitFor?: string): Promise<Printed> {
  havePoppler();
  const page = await browser.newPage();
  await page.goto(site.url + path);
  if (waitFor) await page.waitForSelector(waitFor);
  await page.emulateMedia({ media: "print" });
  const file = join(work, `${path.replace(/[^a-z0-9]+/gi, "_")}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  await page.close();
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const [width, height] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.slice(1).map(Number);
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    landscape: width! > height!,
    text: execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " "),
  };
}

function expectCleanPrint(printed: Printed, url: string): void {
  for (const text of NAVIGATION_TEXT) expect(printed.text, text).not.toContain(text);
  // The source credit and the page's address close the print.
  const tail = printed.text.slice(-600);
  expect(tail).toContain(CATALOGUE_CREDIT);
  expect(tail).toContain(url);
  // Once: a page that credits its sources itself does not print the footer's credit as well.
  expect(printed.text.split(CATALOGUE_CREDIT).length - 1, "times the credit is printed").toBe(1);
}

describe("printing an entry", () => {
  it.each(longestTableOnly.map((entry) => [entry.id, entry] as const))(
    `fits the table-only entry %s on ${MAX_PAGES.tableOnly} A4 pages, without navigation`,
    async (_id, entry) => {
      const path = routes.intervention(entry.id);
      const printed = await print(path);
      console.log(`print ${path}: ${printed.pages} pages`);
      expect(printed.pages).toBeLessThanOrEqual(MAX_PAGES.tableOnly);
      expect(printed.landscape).toBe(false);
      expectCleanPrint(printed, path);
      // External links carry their address in brackets after the link text.
      const links = entry.data.sources.filter((source) => "link" in source);
      if (links.length > 0) expect(printed.text).toMatch(/\(https?:\/\/[a-z0-9.-]+/);
      // Title, summary and facts come before the description.
      const text = printed.text;
      expect(text.indexOf(entry.data.title)).toBeLessThan(text.indexOf("Fakta"));
      expect(text.indexOf("Fakta")).toBeLessThan(text.indexOf("Formål"));
    },
  );

  it(`fits the longest entry (${longestCase.id}) on ${MAX_PAGES.longest} pages`, async () => {
    const path = routes.intervention(longestCase.id);
    const printed = await print(path);
    console.log(`print ${path}: ${printed.pages} pages`);
    expect(printed.pages).toBeLessThanOrEqual(MAX_PAGES.longest);
    expectCleanPrint(printed, path);
  });
});

describe("printing an approach", () => {
  it("prints the page with the source credit once, at the end", async () => {
    const path = routes.approach(APPROACH_SLUGS[0]);
    const printed = await print(path);
    console.log(`print ${path}: ${printed.pages} pages`);
    expectCleanPrint(printed, path);
  });
});

describe("printing a comparison", () => {
  it("prints three entries side by side on landscape A4, without navigation or buttons", async () => {
    const ids = [longestCase, ...longestTableOnly].map((entry) => entry.id);
    const path = routes.compare(ids);
    const printed = await print(path, '[data-compare-state="done"]');
    console.log(`print ${path}: ${printed.pages} pages`);
    expect(printed.landscape).toBe(true);
    expect(printed.text).not.toContain("Fjern");
    expectCleanPrint(printed, path);
  });
});
