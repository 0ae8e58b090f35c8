/**
 * What users meet on real tasks, measured in Chromium: a shared search link shows results on a laptop's first
 * screen, the count stays in sight on a phone, the first result is three Tab presses from the search box, an
 * entry's facts come right after its summary on a phone, and the contributors' page is one click from home and
 * found by search.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../scripts/lib/static-server.ts";
import { coverage, coverageText, routes } from "../../src/lib/catalogue/index.ts";
import { loadCatalogue } from "../support/catalogue.ts";
import { launchChromium, reusedTabs } from "../support/browser.ts";
import { DIST, requireBuild } from "../support/dist.ts";

const SHARED = routes.search({
  q: "",
  filters: { fase: ["efter-grundskolen"], maalgruppe: ["psykisk-saarbare"], region: ["midtjylland"] },
});

let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  requireBuild();
  site = await serveStatic(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const tab = reusedTabs();
function open(path: string, width: number, height: number): Promise<Page> {
  return tab(browser, site.url, path, width, height);
}

async function searched(page: Page): Promise<string> {
  await page.waitForFunction(() => /fundet/.test(document.querySelector("[data-status]")?.textContent ?? ""));
  await page.waitForSelector('[data-search-state="done"]');
  return (await page.textContent("[data-status]")) ?? "";
}

const top = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => element.getBoundingClientRect().top + window.scrollY);

describe("a shared search link on a laptop", () => {
  it.each([
    [1366, 768],
    [1280, 720],
  ])(
    "shows the count and the first result on the first screen at %i×%i, with every facet group open",
    async (width, height) => {
      const page = await open(SHARED, width, height);
      await searched(page);
      for (const allOpen of [false, true]) {
        if (allOpen) {
          await page.$$eval("details[data-facet-group]", (groups) =>
            groups.forEach((group) => ((group as HTMLDetailsElement).open = true)),
          );
        }
        const where = { count: await top(page, "[data-status]"), result: await top(page, "[data-result]") };
        expect(where.count, `count, facets ${allOpen ? "all open" : "as loaded"}`).toBeLessThan(height - 30);
        expect(where.result, `first result, facets ${allOpen ? "all open" : "as loaded"}`).toBeLessThan(
          height - 60,
        );
      }
    },
  );
});

describe("a shared search link on a phone (375×812)", () => {
  it("shows the count above the filters, and keeps it in sight with a jump to the results while the filters scroll", async () => {
    const page = await open(SHARED, 375, 812);
    const status = await searched(page);
    expect(await top(page, "[data-status]")).toBeLessThan(812 - 40);
    expect(await top(page, "[data-status]")).toBeLessThan(await top(page, "details[data-facet-group]"));

    // Halfway down the open target-group list, the bar with the count sits at the bottom of the screen.
    await page.locator('input[name="maalgruppe"][value="anbragte"]').scrollIntoViewIfNeeded();
    const bar = page.locator("[data-status-copy]");
    expect(await bar.textContent()).toBe(status);
    const box = (await bar.boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThanOrEqual(812);

    await page.getByRole("link", { name: "Vis resultater" }).click();
    const result = (await page.locator("[data-result]").first().boundingBox())!;
    expect(result.y).toBeGreaterThanOrEqual(0);
    expect(result.y).toBeLessThan(812);
  });
});

describe("from the search box to the first result", () => {
  it.each([
    [1366, 768],
    [1280, 720],
    [375, 812],
  ])("takes three Tab presses at %i px, through a visible »Gå til resultaterne«", async (width, height) => {
    const page = await open(SHARED, width, height);
    await searched(page);
    await page.focus("#soeg-q");
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const box = element.getBoundingClientRect();
        return {
          text: element.textContent?.trim() ?? "",
          inResult: element.tagName === "A" && element.closest("[data-result]") !== null,
          visible: box.width > 1 && box.height > 1,
        };
      });
    let presses = 0;
    const tab = async () => {
      presses += 1;
      await page.keyboard.press("Tab");
      return focused();
    };
    expect((await tab()).text).toBe("Søg");
    const jump = await tab();
    expect(jump).toMatchObject({ text: "Gå til resultaterne", visible: true });
    // The jump is a link within the page, which fires popstate. It must not search again: a redraw of the
    // results would take the focus from a result the reader tabs to next.
    await page.evaluate(() => {
      const root = document.querySelector<HTMLElement>("[data-search-state]")!;
      const seen: string[] = [];
      new MutationObserver(() => seen.push(root.dataset["searchState"] ?? "")).observe(root, {
        attributeFilter: ["data-search-state"],
      });
      (window as unknown as { searchStates: string[] }).searchStates = seen;
    });
    await page.keyboard.press("Enter");
    // The jump moves focus to the results heading, so the next Tab starts there.
    await page.waitForFunction(() => document.activeElement?.id === "resultater");
    expect(await page.evaluate(() => (window as unknown as { searchStates: string[] }).searchStates)).toEqual(
      [],
    );
    const result = await tab();
    expect(result.inResult, `Tab ${presses} reached "${result.text}"`).toBe(true);
    expect(presses).toBe(3);
  });
});

describe("an entry on a phone", () => {
  it("puts Fakta and the result figures right after the summary, before the description (375 px)", async () => {
    const page = await open(routes.intervention("ungeguides"), 375, 812);
    const summaryEnd = await page
      .locator("article header")
      .evaluate((header) => header.getBoundingClientRect().bottom + window.scrollY);
    const facts = await top(page, "#fakta");
    const figures = await top(page, "#resultattal");
    const description = await top(page, "#formaal");
    expect(facts).toBeGreaterThan(summaryEnd);
    expect(facts - summaryEnd).toBeLessThan(100);
    expect(figures).toBeGreaterThan(facts);
    expect(description).toBeGreaterThan(figures);
  });
});

describe("the home page", () => {
  it("states the coverage computed from the entries, not a hand-written claim", async () => {
    const page = await open(routes.home(), 1280, 900);
    expect(await page.textContent("[data-coverage]")).toBe(coverageText(coverage(loadCatalogue())));
    expect(await page.locator("main").textContent()).not.toContain("hele landet");
  });
});

describe("the page for contributors", () => {
  it("is one click from the home page and linked from the about page", async () => {
    const page = await open(routes.home(), 1280, 900);
    await page.locator(`main a[href="${routes.contribute()}"]`).first().click();
    await page.waitForURL(`**${routes.contribute()}`);
    expect(await page.locator("h1").textContent()).toMatch(/Bidrag/);
    await page.goto(site.url + routes.about());
    expect(await page.locator(`main a[href="${routes.contribute()}"]`).count()).toBeGreaterThan(0);
  });

  it.each(["tilføj", "bidrag", "foreslå"])(
    "is found by searching »%s«, shown apart from the interventions",
    async (word) => {
      const page = await open(routes.search({ q: word, filters: {} }), 1280, 900);
      await page.waitForSelector('[data-search-state="done"]');
      await page.waitForSelector(`[data-site-page="${routes.contribute()}"]`);
      expect(await page.locator(`[data-result="${routes.contribute()}"]`).count()).toBe(0);
    },
  );
});
