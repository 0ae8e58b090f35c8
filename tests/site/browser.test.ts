import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../scripts/lib/static-server.ts";
import { routes } from "../../src/lib/catalogue/index.ts";
import { assessedCount } from "../../src/lib/scores/index.ts";
import { launchChromium, reusedTabs } from "../support/browser.ts";
import { loadCatalogue } from "../support/catalogue.ts";
import { DIST, requireBuild } from "../support/dist.ts";

const SCREENSHOTS = "test-results/screenshots";
let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;
const consoleErrors: string[] = [];

beforeAll(async () => {
  requireBuild();
  mkdirSync(SCREENSHOTS, { recursive: true });
  site = await serveStatic(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const tab = reusedTabs(consoleErrors);
function open(path: string, width: number): Promise<Page> {
  return tab(browser, site.url, path, width);
}

const pages = [
  ["forside", routes.home()],
  ["case", routes.intervention("energi-til-hinanden")],
  ["fase", routes.phase("fastholdelse")],
  ["oversigt", routes.interventions()],
] as const;

describe("in Chromium", () => {
  it.each(pages)("the %s page fits 375 px and 1280 px without horizontal scrolling", async (name, path) => {
    for (const width of [375, 1280]) {
      const page = await open(path, width);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}.png`, fullPage: true });
    }
  });

  it("offers a skip link as the first tab stop, which moves focus to the main content", async () => {
    const page = await open(routes.home(), 1280);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toBe("Gå til indhold");
    await expect(page.locator("a", { hasText: "Gå til indhold" }).isVisible()).resolves.toBe(true);
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => location.hash)).resolves.toBe("#indhold");
  });

  it("leads from the home page to a phase page and on to an intervention, by keyboard and click", async () => {
    const page = await open(routes.home(), 1280);
    await page.getByRole("link", { name: "Fastholdelse i uddannelse og job" }).first().click();
    await page.waitForURL(`**${routes.phase("fastholdelse")}`);
    await expect(page.locator("[data-entry]").count()).resolves.toBe(5);
    await page.getByRole("link", { name: "Bedsteforældreordningen" }).first().focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(`**${routes.intervention("bedsteforaeldreordningen")}`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Bedsteforældreordningen",
    );
    const entry = loadCatalogue().find((e) => e.id === "bedsteforaeldreordningen")!;
    await expect(page.locator("[data-element]").count()).resolves.toBe(11);
    await expect(page.locator('[data-level="ikke-vurderet"]').count()).resolves.toBe(
      11 - assessedCount(entry.data.scores),
    );
  });

  it("logs no console errors on the pages it visited", () => {
    expect(consoleErrors).toEqual([]);
  });
});
