/** The keyboard path through the site, in Chromium: Tab and Enter only, with a visible focus at every stop. */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../scripts/lib/static-server.ts";
import { routes } from "../../src/lib/catalogue/index.ts";
import { launchChromium } from "../support/browser.ts";
import { DIST, requireBuild } from "../support/dist.ts";

let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;

beforeAll(async () => {
  requireBuild();
  site = await serveStatic(DIST);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

type Focused = {
  text: string;
  href: string | null;
  inMain: boolean;
  visibleFocus: boolean;
  onScreen: boolean;
};

/** What has focus now, and whether the focus indicator is visible (outline, shadow or focus colour). */
function focused(): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      text: (element.textContent ?? "").trim().replace(/\s+/g, " "),
      href: element.getAttribute("href"),
      inMain: element.closest("main") !== null,
      visibleFocus:
        (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none",
      onScreen: box.width > 1 && box.height > 1 && box.bottom > 0 && box.top < window.innerHeight,
    };
  });
}

async function tab(): Promise<Focused> {
  await page.keyboard.press("Tab");
  return focused();
}

/** Presses Tab until `reached` holds (at most 80 times), checking a visible focus at every stop on the way. */
async function tabUntil(reached: () => Promise<boolean>, what: string): Promise<Focused> {
  for (let presses = 0; presses < 80; presses += 1) {
    const stop = await tab();
    expect(stop.visibleFocus, `no visible focus on "${stop.text}" on the way to ${what}`).toBe(true);
    if (await reached()) return stop;
  }
  throw new Error(`Tab never reached ${what}`);
}

async function open(path: string): Promise<void> {
  await page.goto(site.url + path);
  // Start from the top of the document, as a keyboard user arriving at the page does.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

describe("keyboard path", () => {
  it("starts with a visible skip link that moves focus into the main content", async () => {
    await open(routes.intervention("ungeguides"));
    const first = await tab();
    expect(first).toMatchObject({
      text: "Gå til indhold",
      href: "#indhold",
      visibleFocus: true,
      onScreen: true,
    });
    const mainBackground = () =>
      page.locator("main").evaluate((main) => getComputedStyle(main).backgroundColor);
    const unfocusedBackground = await mainBackground();
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("indhold");
    // The skip target is not a control: it must not be painted in the focus colour.
    await expect(mainBackground()).resolves.toBe(unfocusedBackground);
    const next = await tab();
    expect(next.inMain, `after the skip link, Tab reached "${next.text}" outside <main>`).toBe(true);
    expect(next.visibleFocus).toBe(true);
  });

  it("reaches the site name, the header search and every main-menu link in order, each with a visible focus", async () => {
    await open(routes.home());
    const stops = await page
      .locator("header")
      .locator("a[href], input, button")
      .evaluateAll((elements) => elements.map((element) => element.getAttribute("href") ?? element.id ?? ""));
    const menu = await page.locator('nav[aria-label="Hovedmenu"] a').count();
    expect(menu).toBeGreaterThanOrEqual(5);
    expect(stops.length).toBeGreaterThan(menu);
    await tab(); // skip link
    for (const expected of stops) {
      const stop = await tab();
      const actual = await page.evaluate(() => {
        const element = document.activeElement!;
        return element.getAttribute("href") ?? element.id ?? "";
      });
      expect(actual, `Tab order in the header`).toBe(expected);
      expect(stop, `focus on ${expected}`).toMatchObject({ visibleFocus: true, onScreen: true });
    }
  });

  it("searches from the header box by keyboard and lands on the search page with results", async () => {
    await open(routes.intervention("ips-ung"));
    await tab(); // skip link
    await tab(); // site name
    const box = await tab();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("header-q");
    expect(box.visibleFocus).toBe(true);
    await page.keyboard.type("mentor");
    await page.keyboard.press("Enter");
    await page.waitForURL(`**${routes.search({ q: "mentor", filters: {} })}`);
    await page.waitForSelector("[data-result]");
  });

  it("opens a menu item with Enter and marks it as the current page", async () => {
    await open(routes.home());
    await page.locator('nav[aria-label="Hovedmenu"] a', { hasText: "Målgrupper" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(`**${routes.targetGroups()}`);
    const current = page.locator('nav[aria-label="Hovedmenu"] a[aria-current="page"]');
    await expect(current.getAttribute("href")).resolves.toBe(routes.targetGroups());
  });

  it("reaches the accessibility statement from the footer by Tab alone", async () => {
    await open(routes.about());
    const isStatementLink = () =>
      page.evaluate((href) => document.activeElement?.getAttribute("href") === href, routes.accessibility());
    await tabUntil(isStatementLink, "the accessibility statement link");
    await page.keyboard.press("Enter");
    await page.waitForURL(`**${routes.accessibility()}`);
    const heading = await page.getByRole("heading", { level: 1 }).textContent();
    expect(heading?.replaceAll("\u00ad", "")).toBe("Tilgængelighedserklæring");
  });

  it("searches on /soeg/: search box, a facet and a result, by Tab, typing, Space and Enter", async () => {
    await open(routes.search());
    await page.waitForFunction(() =>
      /fundet/.test(document.querySelector("[data-status]")?.textContent ?? ""),
    );
    const status = () => page.locator("[data-status]").textContent();
    const activeId = () => page.evaluate(() => document.activeElement?.id ?? "");

    await tabUntil(() => activeId().then((id) => id === "soeg-q"), "the search box");
    await page.keyboard.type("mentor");
    await page.waitForFunction(() =>
      /»mentor«/.test(document.querySelector("[data-status]")?.textContent ?? ""),
    );
    const afterWord = await status();

    const isFacet = () =>
      page.evaluate(
        () => (document.activeElement as HTMLInputElement).closest("fieldset[data-facet]") !== null,
      );
    const facet = await tabUntil(isFacet, "a facet checkbox");
    expect(facet.visibleFocus).toBe(true);
    await page.keyboard.press("Space");
    await page.waitForFunction((before) => {
      const now = document.querySelector("[data-status]")?.textContent ?? "";
      return now !== before && /fundet|Ingen/.test(now);
    }, afterWord);
    expect(page.url()).toMatch(/[?&]q=mentor/);
    expect(page.url()).toMatch(/&\w+=/);

    // Back to a search with results, then on to the first result.
    await page.keyboard.press("Space");
    await page.waitForFunction(
      (before) => document.querySelector("[data-status]")?.textContent === before,
      afterWord,
    );
    const isResult = () =>
      page.evaluate(
        () =>
          document.activeElement?.closest("[data-result]") !== null &&
          document.activeElement?.tagName === "A",
      );
    const result = await tabUntil(isResult, "the first result");
    expect(result.href).toMatch(/^\/indsatser\/[\w-]+\/$/);
    await page.keyboard.press("Enter");
    await page.waitForURL(`**${result.href!}`);
  });
});
