/**
 * The phone gets out of the way (issue 27 §6), in Chromium at 375×812: the header is at most 140 px on every
 * kind of page; the main menu is a <details> element that opens and is followed by keyboard without
 * JavaScript and tells a screen reader whether it is open; from 1366 px its links show without a button; the
 * sort box's labels fit the box; long entries list their sections under »På siden«.
 */
import { parseHTML } from "linkedom";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic, type StaticSite } from "../../scripts/lib/static-server.ts";
import { routes } from "../../src/lib/catalogue/index.ts";
import { SORT_OPTIONS } from "../../src/lib/search/index.ts";
import { APPROACH_SLUGS, ELEMENT_KEYS } from "../../src/lib/vocabulary/index.ts";
import { launchChromium, reusedTabs } from "../support/browser.ts";
import { loadCatalogue, loadGovernance } from "../support/catalogue.ts";
import { DIST, readPage, requireBuild } from "../support/dist.ts";

const MAX_HEADER = 140;
const PHONE = { width: 375, height: 812 };
const tab = reusedTabs();
const catalogue = loadCatalogue();

/** One page of every kind the site has. */
const PAGE_TYPES: Record<string, string> = {
  forside: routes.home(),
  søgning: routes.search(),
  liste: routes.interventions(),
  fase: routes.phase("efter-grundskolen"),
  målgrupper: routes.targetGroups(),
  filterside: routes.targetGroup("psykisk-saarbare"),
  kommune: routes.municipality("randers"),
  region: routes.region("midtjylland"),
  indsats: routes.intervention("ungeguides"),
  "lang indsats": routes.intervention("energi-til-hinanden"),
  sammenligning: routes.compare(["ungeguides", "energi-til-hinanden", "mod-til-uddannelse"]),
  resultater: routes.results(),
  tilgange: routes.approaches(),
  tilgang: routes.approach(APPROACH_SLUGS[0]),
  styring: routes.governanceExample(loadGovernance()[0]!.id),
  element: routes.element(ELEMENT_KEYS[0]),
  metode: routes.method(),
  bidrag: routes.contribute(),
  om: routes.about(),
  data: routes.data(),
  tilgængelighed: routes.accessibility(),
  "ikke fundet": "/404.html",
};

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
});

describe("the header on a phone (375×812)", () => {
  it.each(Object.entries(PAGE_TYPES))(`is at most ${MAX_HEADER} px tall: %s`, async (_kind, path) => {
    const page = await tab(browser, site.url, path, PHONE.width, PHONE.height);
    const height = await page
      .locator("body > header")
      .evaluate((header) => header.getBoundingClientRect().height);
    console.log(`header at 375 px, ${path}: ${Math.round(height)} px`);
    expect(height).toBeLessThanOrEqual(MAX_HEADER);
    // The menu's links are out of sight until it is opened.
    expect(await page.locator('nav[aria-label="Hovedmenu"] ul').isVisible()).toBe(false);
  });
});

describe("the main menu without JavaScript", () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  });
  afterAll(async () => {
    await context?.close();
  });

  it("opens by keyboard, says it is open, and its links are followed by Tab and Enter", async () => {
    const page = await context.newPage();
    await page.goto(site.url + routes.intervention("ungeguides"));
    // What Chromium tells a screen reader about the button: a disclosure control, named Menu, open or not.
    const cdp = await context.newCDPSession(page);
    const menuButton = async () => {
      const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
        nodes: {
          role?: { value: string };
          name?: { value: string };
          properties?: { name: string; value: { value: unknown } }[];
        }[];
      };
      const node = nodes.find((n) => n.role?.value === "DisclosureTriangle" && n.name?.value === "Menu");
      const property = (name: string) => node?.properties?.find((p) => p.name === name)?.value.value;
      return { found: node !== undefined, focusable: property("focusable"), expanded: property("expanded") };
    };
    expect(await menuButton()).toEqual({ found: true, focusable: true, expanded: false });
    // Skip link, site name, search box, search button, then the menu.
    for (let presses = 0; presses < 6; presses++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.tagName === "SUMMARY")) break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Menu");
    const focus = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(focus).not.toBe("none");
    await page.keyboard.press("Enter");
    expect((await menuButton()).expanded).toBe(true);
    const links = page.locator('nav[aria-label="Hovedmenu"] a');
    expect(await links.first().isVisible()).toBe(true);
    const box = (await page.locator('nav[aria-label="Hovedmenu"] ul').boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(
      routes.interventions(),
    );
    // Space closes it again, as it opened.
    await page.focus("summary");
    await page.keyboard.press("Space");
    expect(await links.first().isVisible()).toBe(false);
    await page.keyboard.press("Space");
    await page.locator('nav[aria-label="Hovedmenu"] a', { hasText: "Målgrupper" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(`**${routes.targetGroups()}`);
    await page.close();
  });

  it("shows every link at 1366 px without a button", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(site.url + routes.home());
    expect(await page.locator("nav summary").isVisible()).toBe(false);
    const links = page.locator('nav[aria-label="Hovedmenu"] a');
    expect(await links.count()).toBeGreaterThanOrEqual(5);
    for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
    const height = await page
      .locator("body > header")
      .evaluate((header) => header.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(MAX_HEADER);
    await page.close();
  });
});

describe("controls that keep their labels", () => {
  it("fits every sort order's label inside the sort box on a phone", async () => {
    const page = await tab(browser, site.url, routes.search(), PHONE.width, PHONE.height);
    const select = page.locator("#soeg-sortering");
    const { room, widths } = await select.evaluate(
      (element, labels) => {
        const style = getComputedStyle(element);
        const canvas = document.createElement("canvas").getContext("2d")!;
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        // The box's inner width, less the arrow the browser draws on the right.
        const inner =
          element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        return { room: inner, widths: labels.map((label) => canvas.measureText(label).width) };
      },
      SORT_OPTIONS.map((option) => option.label),
    );
    for (const [index, width] of widths.entries())
      expect(width, SORT_OPTIONS[index]!.label).toBeLessThanOrEqual(room);
  });
});

describe("»På siden« on long entries", () => {
  const parse = (id: string) => parseHTML(readPage(routes.intervention(id).slice(1))).document;

  it("lists the body's sections, each linking to a heading on the page, without script", () => {
    const document = parse("energi-til-hinanden");
    const list = document.querySelector("nav[data-on-this-page]")!;
    expect(list.querySelector("h2")!.textContent!.trim()).toBe("På siden");
    const targets = [...list.querySelectorAll("a")].map((link) => link.getAttribute("href")!);
    // The body's sections, not the heading of its source notes.
    const bodyHeadings = [...document.querySelectorAll("[data-entry-body] h2")]
      .filter((heading) => !heading.parentElement!.hasAttribute("data-footnotes"))
      .map((heading) => `#${heading.id}`);
    expect(bodyHeadings.length).toBeGreaterThanOrEqual(3);
    expect(targets.slice(0, bodyHeadings.length)).toEqual(bodyHeadings);
    for (const target of targets) expect(document.querySelector(target), target).not.toBeNull();
    // Each section once: the source notes' own »Kilder« is not listed beside the page's sources.
    expect(new Set(targets).size).toBe(targets.length);
    expect(targets.filter((target) => target === "#kilder")).toHaveLength(1);
    const labels = [...list.querySelectorAll("a")].map((link) => link.textContent!.trim());
    expect(new Set(labels).size, labels.join(", ")).toBe(labels.length);
    expect(list.querySelector("script")).toBeNull();
  });

  it("is left out on a short entry", () => {
    const short = catalogue.find((entry) => !entry.data.case && entry.data.sources.length === 1)!;
    const document = parse(short.id);
    if (document.querySelectorAll("[data-entry-body] > h2").length < 3)
      expect(document.querySelector("nav[data-on-this-page]")).toBeNull();
  });
});
