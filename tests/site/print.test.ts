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

const MAX_PAGES = { tableOnly: 2, longest: 4, comparedThree: 3 } as const;
/** No page but the last may be more than this share empty (issue 27: 40 % of page 1 was blank). */
const MAX_BLANK = 1 / 3;
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

type Printed = { pages: number; landscape: boolean; text: string; blank: number[] };

const MM_PER_INCH = 25.4;
const DPI = 30;

/**
 * How much of each page is empty: the blank bands of at least 8 mm between the first ink and the page's
 * foot, as a share of the page's height without its margins (12 mm are taken off the foot, the head's
 * margin lies above the first ink). Rendered in grey at 30 dpi with pdftoppm.
 */
function blankShares(file: string, pages: number): number[] {
  const minBand = (8 / MM_PER_INCH) * DPI;
  const margins = (25 / MM_PER_INCH) * DPI;
  const foot = (12 / MM_PER_INCH) * DPI;
  return Array.from({ length: pages }, (_, index) => {
    const page = String(index + 1);
    const pgm = execFileSync("pdftoppm", ["-gray", "-r", String(DPI), "-f", page, "-l", page, file], {
      maxBuffer: 1e8,
    });
    const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(pgm.subarray(0, 40).toString("latin1"))!;
    const [width, height] = [Number(header[1]), Number(header[2])];
    const pixels = pgm.subarray(header[0].length);
    const inked = (y: number) => pixels.subarray(y * width, (y + 1) * width).some((value) => value < 200);
    let first = 0;
    while (first < height && !inked(first)) first++;
    let blank = 0;
    let run = 0;
    for (let y = first; y < height; y++) {
      if (inked(y)) {
        if (run >= minBand) blank += run;
        run = 0;
      } else run++;
    }
    blank += Math.max(0, run - foot);
    return blank / (height - margins);
  });
}

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
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  return {
    pages,
    blank: blankShares(file, pages),
    landscape: width! > height!,
    text: execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " "),
  };
}

/** Every page but the last is at least two-thirds full. */
function expectFullPages(printed: Printed, path: string): void {
  const shares = printed.blank.map((share) => `${Math.round(share * 100)} %`).join(", ");
  console.log(`print ${path}: ${printed.pages} pages, blank per page ${shares}`);
  printed.blank.slice(0, -1).forEach((share, index) => {
    expect(share, `page ${index + 1} of ${path} is ${Math.round(share * 100)} % blank`).toBeLessThanOrEqual(
      MAX_BLANK,
    );
  });
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
    expect(printed.pages).toBeLessThanOrEqual(MAX_PAGES.longest);
    expectFullPages(printed, path);
    expectCleanPrint(printed, path);
  });

  it.each(["ungeguides", "energi-til-hinanden", "bedsteforaeldreordningen", "ips-ung"])(
    "fills every page but the last of the case %s, facts and figures first",
    async (id) => {
      const path = routes.intervention(id);
      const printed = await print(path);
      expect(printed.pages).toBeLessThanOrEqual(MAX_PAGES.longest);
      expectFullPages(printed, path);
      expectCleanPrint(printed, path);
      expect(printed.text).not.toContain("På siden");
      // Each figure prints with its period (or that it is not given) and its source, and the caveat in words.
      if (catalogue.find((entry) => entry.id === id)!.data.results.length === 0) return;
      expect(printed.text).toMatch(/Periode: |Periode ikke oplyst/);
      expect(printed.text).toContain("Kilde: ");
      expect(printed.text).toContain("kan ikke sammenlignes som effekter");
    },
  );
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
    expect(printed.landscape).toBe(true);
    expect(printed.text).not.toContain("Fjern");
    expectCleanPrint(printed, path);
  });

  // The three best documented cases, the heaviest comparison the catalogue has.
  it.each([
    ["ungeguides", "energi-til-hinanden", "mod-til-uddannelse"],
    ["energi-til-hinanden", "ips-ung", "bedsteforaeldreordningen"],
  ])(
    `prints %s, %s and %s on at most ${MAX_PAGES.comparedThree} pages, filled, with figures in context and no screen-only text`,
    async (...ids) => {
      const path = routes.compare(ids);
      const printed = await print(path, '[data-compare-state="done"]');
      expect(printed.pages).toBeLessThanOrEqual(MAX_PAGES.comparedThree);
      expectFullPages(printed, path);
      expectCleanPrint(printed, path);
      for (const screenOnly of [
        "Vælg dem med »Sammenlign«",
        "Sådan læser du elementerne",
        "Find flere indsatser",
        "Forbehold for resultattal",
        "sammenligningen",
      ])
        expect(printed.text, screenOnly).not.toContain(screenOnly);
      expect(printed.text).toMatch(/Periode: |Periode ikke oplyst/);
      expect(printed.text).toContain("Kilde: ");
      expect(printed.text).toContain("kan ikke sammenlignes som effekter");
    },
  );
});
