/** The keyboard path through the site, in Chromium: Tab and Enter only, with a visible focus at every stop. */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../scripts/lib/static-server.ts";
import { routes } from "../../src/lib/routes.ts";
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

  it("reaches the site name and every main-menu link in order, each with a visible focus", async () => {
    await open(routes.home());
    const menu = await page
      .locator('nav[aria-label="Hovedmenu"] a')
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(menu.length).toBeGreaterThanOrEqual(5);
    await tab(); // skip link
    const home = await tab();
    expect(home).toMatchObject({ href: routes.home(), visibleFocus: true });
    for (const href of menu) {
      const stop = await tab();
      expect(stop, `menu link ${href}`).toMatchObject({ href, visibleFocus: true, onScreen: true });
    }
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
    let stop = await tab();
    for (let presses = 1; stop.href !== routes.accessibility() && presses < 200; presses += 1) {
      expect(stop.visibleFocus, `no visible focus on "${stop.text}"`).toBe(true);
      stop = await tab();
    }
    expect(stop.href).toBe(routes.accessibility());
    await page.keyboard.press("Enter");
    await page.waitForURL(`**${routes.accessibility()}`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Tilgængelighedserklæring",
    );
  });

  it.todo("searches from the search box, narrows with a facet and opens a result (once /soeg/ exists)");
});
