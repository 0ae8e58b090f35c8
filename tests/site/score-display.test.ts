/**
 * The 11-element profile, the element pages, the method page and finding by element, on a fixture
 * site with assessed entries (tests/fixtures/scored-site), so none of it passes on an empty catalogue.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listMdxFiles, readContentFile } from "../../scripts/lib/content-files.ts";
import { serveStatic } from "../../scripts/lib/static-server.ts";
import { standaloneInterventionSchema } from "../../src/lib/schema/index.ts";
import { routes } from "../../src/lib/catalogue/index.ts";
import { assessedCount, groupByLevel, THRESHOLDS, thresholdValue } from "../../src/lib/scores/index.ts";
import { ASSESSED_FILTER, elementSort, TITLE_SORT } from "../../src/lib/search/index.ts";
import { ELEMENT_KEYS, NOT_ASSESSED_LABEL, SCORE_LEVELS, RUBRIC } from "../../src/lib/vocabulary/index.ts";
import { formatViolations, runAxe } from "../support/axe.ts";
import { launchChromium } from "../support/browser.ts";
import { attributeValues } from "../support/dist.ts";
import { indexedFilters } from "../support/search-index.ts";
import { buildFixtureSite } from "../support/run-node.ts";

const FIXTURE = "tests/fixtures/scored-site";
const workDir = mkdtempSync(join(tmpdir(), "lp-scored-"));
const dist = join(workDir, "dist");
const entries = listMdxFiles(join(FIXTURE, "interventions")).map((file) => {
  const { id, frontmatter } = readContentFile(file, process.cwd());
  return { id, data: standaloneInterventionSchema.parse(frontmatter) };
});
let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;

const html = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");
/** Text as it appears in HTML, where Astro escapes quotes and ampersands. */
const escaped = (text: string) =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll('"', "&quot;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll("'", "&#39;");

beforeAll(async () => {
  await buildFixtureSite(FIXTURE, dist);
  site = await serveStatic(dist);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(site.url + routes.intervention("vurderet"));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(workDir, { recursive: true, force: true });
});

const row = (element: string) => page.locator(`[data-element="${element}"]`);

describe("the fixture", () => {
  it("has entries at several levels, one fully assessed and one not at all", () => {
    const counts = entries.map((entry) => assessedCount(entry.data.scores)).sort((a, b) => a - b);
    expect(counts[0]).toBe(0);
    expect(counts.at(-1)).toBe(11);
    const levels = new Set(entries.flatMap((entry) => Object.values(entry.data.scores).map((s) => s!.level)));
    expect([...levels].sort()).toEqual([0, 1, 2, 3]);
  });
});

describe("the 11-element profile", () => {
  it("shows the level in words, the rationale and the count of assessed elements", async () => {
    await expect(row("maal").getAttribute("data-level")).resolves.toBe("0");
    await expect(row("maal").innerText()).resolves.toContain(`0 af 3: ${SCORE_LEVELS[0].label}`);
    await expect(row("maal").innerText()).resolves.toContain("kilden ikke nævner noget mål");
    await expect(row("virkning").innerText()).resolves.toContain(`3 af 3: ${SCORE_LEVELS[3].label}`);
    await expect(page.locator("[data-assessed-count]").innerText()).resolves.toBe(
      "2 af 11 elementer vurderet.",
    );
  });

  it("shows all 11 elements on every entry page with the right count, and no total", () => {
    for (const entry of entries) {
      const text = html(`indsatser/${entry.id}`);
      expect(attributeValues(text, "data-element")).toEqual(ELEMENT_KEYS);
      const assessed = assessedCount(entry.data.scores);
      expect(text).toContain(`data-assessed-count="${assessed}"`);
      expect(attributeValues(text, "data-level").filter((l) => l === "ikke-vurderet")).toHaveLength(
        11 - assessed,
      );
      expect(text).not.toMatch(/gennemsnit|samlet score:|\/33\b/i);
    }
  });

  it("labels the other nine elements as not assessed", async () => {
    await expect(page.locator('[data-level="ikke-vurderet"]').count()).resolves.toBe(9);
    await expect(row("oekonomi").innerText()).resolves.toContain(NOT_ASSESSED_LABEL);
    await expect(row("maal").innerText()).resolves.not.toContain(NOT_ASSESSED_LABEL);
  });

  it("links each row to its element page and the profile to the method page", async () => {
    for (const key of ELEMENT_KEYS) {
      await expect(row(key).locator("a").first().getAttribute("href")).resolves.toBe(routes.element(key));
    }
    await expect(page.locator(`[data-score-profile] a[href="${routes.method()}"]`).count()).resolves.toBe(1);
  });

  it("gives the basis as links: to the source list for a publication, to the page for a link", async () => {
    const basis = row("maal").locator('a[href^="#kilde-"]');
    const target = (await basis.getAttribute("href"))!;
    await expect(page.locator(target).count()).resolves.toBe(1);
    const full = await browser.newPage();
    await full.goto(site.url + routes.intervention("fuldt-vurderet"));
    await expect(
      full.locator('[data-element="virkning"] a[href="https://example.org/"]').count(),
    ).resolves.toBe(1);
    await full.close();
  });

  it("keeps the rubric wording for the shown level at hand, folded", async () => {
    const details = row("virkning").locator("details");
    await expect(details.getAttribute("open")).resolves.toBeNull();
    await expect(details.textContent()).resolves.toContain(RUBRIC.virkning.levels[3]);
    await expect(row("maal").locator("details").textContent()).resolves.toContain(RUBRIC.maal.levels[0]);
    await expect(row("oekonomi").locator("details").textContent()).resolves.toContain(
      RUBRIC.oekonomi.notAssessed,
    );
  });

  it("draws 'not assessed' differently from a score of 0", async () => {
    const styleOf = (element: string) =>
      row(element)
        .locator("[data-level-mark]")
        .evaluate((node) => {
          const style = getComputedStyle(node);
          return {
            border: style.borderStyle,
            fontStyle: style.fontStyle,
            boxes: node.querySelectorAll("[data-step]").length,
            filled: node.querySelectorAll('[data-step="filled"]').length,
          };
        });
    const zero = await styleOf("maal");
    const notAssessed = await styleOf("oekonomi");
    expect(notAssessed.border).toBe("dashed");
    expect(notAssessed.fontStyle).toBe("italic");
    expect(notAssessed.boxes).toBe(0);
    expect(zero.border).not.toBe("dashed");
    expect(zero.fontStyle).not.toBe("italic");
    expect(zero).toMatchObject({ boxes: 3, filled: 0 });
    await expect(styleOf("virkning")).resolves.toMatchObject({ boxes: 3, filled: 3 });
    await page
      .locator("[data-score-profile]")
      .screenshot({ path: "test-results/screenshots/profil-vurderet.png" });
  });
});

describe("the element pages", () => {
  it.each(ELEMENT_KEYS)("%s lists every entry under its level, highest first, not assessed last", (key) => {
    const text = html(`element/${key}`);
    const groups = groupByLevel(entries, key);
    expect(attributeValues(text, "data-level-group")).toEqual(
      groups.map((group) => String(group.level ?? "ikke-vurderet")),
    );
    const listed = attributeValues(text, "data-entry");
    expect(listed).toEqual(groups.flatMap((group) => group.entries.map((entry) => entry.id)));
    for (const group of groups) {
      expect(text).toContain(
        `data-level-group="${group.level ?? "ikke-vurderet"}" data-count="${group.entries.length}"`,
      );
    }
  });

  it("agrees with the search index: each threshold counts the pages carrying its filter", () => {
    const indexed = indexedFilters(dist);
    const filters = entries.map((entry) => indexed.get(routes.intervention(entry.id))!);
    expect(filters.every((list) => list.length > 0)).toBe(true);
    for (const key of ELEMENT_KEYS) {
      const text = html(`element/${key}`);
      for (const level of THRESHOLDS) {
        const value = thresholdValue(level);
        const indexed = filters.filter((list) => list.includes(`${key}:${value}`)).length;
        const atLeast = groupByLevel(entries, key)
          .filter((group) => group.level !== undefined && group.level >= level)
          .reduce((sum, group) => sum + group.entries.length, 0);
        expect(indexed, `${key} ${value}`).toBe(atLeast);
        expect(text).toContain(`data-threshold="${value}" data-count="${indexed}"`);
      }
    }
  });

  it("are linked from the method page and the element overview", () => {
    for (const key of ELEMENT_KEYS) {
      expect(html("metode")).toContain(`href="${routes.element(key)}"`);
      expect(html("element")).toContain(`href="${routes.element(key)}"`);
    }
  });
});

describe("the method page", () => {
  it("renders the whole rubric from the module: every level of every element", () => {
    const text = html("metode");
    for (const key of ELEMENT_KEYS) {
      expect(text, key).toContain(`data-rubric="${key}"`);
      for (const wording of [...Object.values(RUBRIC[key].levels), RUBRIC[key].notAssessed]) {
        expect(text, key).toContain(escaped(wording));
      }
    }
    expect(attributeValues(text, "data-rubric-level").length).toBe(ELEMENT_KEYS.length * 6);
  });

  it("links Socialstyrelsen's description from links.toml", () => {
    expect(html("metode")).toContain('href="https://example.org/socialstyrelsen-lovende-praksis"');
  });

  it("is linked from the footer, /om/ and /data/", () => {
    for (const path of ["om", "data", "element", "indsatser/uvurderet"]) {
      expect(html(path), path).toContain(`href="${routes.method()}"`);
    }
  });
});

describe("accessibility of the assessed pages", () => {
  it.each([
    routes.intervention("fuldt-vurderet"),
    routes.intervention("vurderet"),
    routes.element("virkning"),
    routes.elements(),
    routes.method(),
  ])("%s has no axe violations and reflows at 320 px", async (path) => {
    // The CSP would block the injected axe script; the CSP itself is tested in security.test.ts.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 800 } });
    const axePage = await context.newPage();
    await axePage.goto(site.url + path);
    await axePage
      .locator("details")
      .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(formatViolations(path, await runAxe(axePage))).toEqual([]);
    const width = await axePage.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(320);
    await context.close();
  });
});

describe("finding by element in search", () => {
  it("filters by threshold and sorts by a chosen element's level, in agreement with the element page", async () => {
    const search = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await search.goto(
      site.url + routes.search({ q: "", filters: { virkning: ["mindst-2"] }, sort: elementSort("virkning") }),
    );
    await search.waitForSelector('[data-search][data-search-state="done"]');
    const titles = await search.locator("[data-results] h3").allInnerTexts();
    const expected = groupByLevel(entries, "virkning")
      .filter((group) => group.level !== undefined && group.level >= 2)
      .flatMap((group) => group.entries.map((entry) => entry.data.title));
    expect(titles).toEqual(expected);
    await expect(search.locator('input[name="virkning"][value="mindst-2"]').isChecked()).resolves.toBe(true);
    await expect(search.locator("select[data-sort]").inputValue()).resolves.toBe(elementSort("virkning"));
    await search.close();
  });

  it("sorts by the number of elements assessed, most first", async () => {
    const search = await browser.newPage();
    await search.goto(`${site.url}${routes.search()}?sortering=vurderede`);
    await search.waitForSelector('[data-search][data-search-state="done"]');
    const titles = await search.locator("[data-results] h3").allInnerTexts();
    const expected = [...entries]
      .sort((a, b) => assessedCount(b.data.scores) - assessedCount(a.data.scores))
      .map((entry) => entry.data.title);
    expect(titles).toEqual(expected);
    await search.close();
  });

  it("gives the index the elements each entry is assessed on, which search sorts by, and the title as the one sort key", () => {
    const indexed = indexedFilters(dist);
    for (const entry of entries) {
      const page = html(`indsatser/${entry.id}`);
      expect(attributeValues(page, "data-pagefind-sort")).toEqual([TITLE_SORT]);
      const assessed = indexed
        .get(routes.intervention(entry.id))!
        .filter((filter) => filter.startsWith(`${ASSESSED_FILTER}:`));
      const expected = ELEMENT_KEYS.filter((key) => entry.data.scores[key] !== undefined);
      expect(assessed.sort()).toEqual(expected.map((key) => `${ASSESSED_FILTER}:${key}`).sort());
    }
    expect(existsSync(join(dist, "pagefind"))).toBe(true);
  });
});
