/**
 * Cards that help choose and figures that never travel alone (issue 27 §3, §4), on the built site:
 * every card (list, filter, approach and phase pages, search results) says in text whether the entry is an
 * in-depth case, how many of the 11 elements are assessed and whether it has result figures; every figure
 * on an entry page and in the comparison carries its measure, period, count and source, in words where the
 * sources leave one out, with the caveat; a shared figure says it is shared.
 */
import { parseHTML } from "linkedom";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic, type StaticSite } from "../../scripts/lib/static-server.ts";
import { documentation, documentationLines, routes } from "../../src/lib/catalogue/index.ts";
import { FIGURE_WORDS, formatResultValue } from "../../src/lib/site/index.ts";
import { PUBLICATIONS } from "../../src/lib/vocabulary/index.ts";
import { launchChromium } from "../support/browser.ts";
import { loadCatalogue } from "../support/catalogue.ts";
import { DIST, readPage, requireBuild } from "../support/dist.ts";

const catalogue = loadCatalogue();
const byId = new Map(catalogue.map((entry) => [entry.id, entry]));
const parse = (route: string) => parseHTML(readPage(route.slice(1))).document;

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

describe("cards", () => {
  const pages = [
    routes.interventions(),
    routes.phase("omkring-grundskolen"),
    routes.targetGroup("psykisk-saarbare"),
    routes.municipality("randers"),
    routes.approach("stoette-i-overgange"),
    routes.results(),
  ];

  it.each(pages)("on %s say case, elements assessed and result figures in words", (route) => {
    const cards = [...parse(route).querySelectorAll("article[data-entry]")];
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      const entry = byId.get(card.getAttribute("data-entry")!)!;
      const doc = documentation(entry.data);
      const text = (key: string) => card.querySelector(`[data-doc="${key}"]`)?.textContent?.trim();
      expect(text("assessed"), entry.id).toBe(doc.assessed);
      expect(text("assessed")).toMatch(/^\d+ af 11 elementer vurderet$/);
      expect(text("results"), entry.id).toBe(doc.results);
      expect(text("results")).toMatch(/^(Resultattal \(.+\)|Ingen resultattal|Kun konteksttal \(.+\))$/);
      expect(text("case"), entry.id).toBe(entry.data.case ? "Uddybende case" : undefined);
    }
  });

  it("says that Ung i uddannelse has figures, though Ungeguides holds them", () => {
    const card = parse(routes.interventions()).querySelector('article[data-entry="ung-i-uddannelse"]')!;
    expect(card.querySelector('[data-doc="results"]')!.textContent!.trim()).toBe("Resultattal (til 2022)");
  });

  it("in search results say the same as the cards", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}${routes.search({ q: "", filters: { indhold: ["uddybende-case"] } })}`);
    await page.waitForSelector('[data-search-state="done"]');
    const results = await page.$$eval("[data-result]", (items) =>
      items.map((item) => ({
        url: item.getAttribute("data-result")!,
        line: item.querySelector("[data-result-documentation]")?.textContent ?? "",
      })),
    );
    expect(results.length).toBe(catalogue.filter((entry) => entry.data.case).length);
    for (const { url, line } of results) {
      const entry = catalogue.find((candidate) => routes.intervention(candidate.id) === url)!;
      expect(line).toBe(documentationLines(documentation(entry.data)).join(" · "));
      expect(line).toMatch(/^Uddybende case · \d+ af 11 elementer vurderet · /);
    }
    await page.close();
  });
});

describe("a figure on an entry page", () => {
  const withFigures = catalogue.filter((entry) => entry.data.results.length > 0);

  it.each(withFigures.map((entry) => [entry.id, entry] as const))(
    "%s: every figure with its measure, period, count and source, and the caveat",
    (_id, entry) => {
      const document = parse(routes.intervention(entry.id));
      const items = [...document.querySelectorAll("[data-result-figures] li[data-figure]")];
      expect(items).toHaveLength(entry.data.results.length);
      entry.data.results.forEach((result, index) => {
        const text = items[index]!.textContent!.replace(/\s+/g, " ");
        expect(text).toContain(formatResultValue(result.value, result.unit, result.qualifier));
        expect(text).toContain(result.measure);
        expect(text).toContain(result.period ? `Periode: ${result.period}` : FIGURE_WORDS.periodUnknown);
        if (!(result.kind === "deltagere" && result.unit === "antal"))
          expect(text).toMatch(
            result.participants ? /Blandt [\d.]+ unge/ : new RegExp(FIGURE_WORDS.participantsUnknown),
          );
        expect(text).toContain(`Kilde: ${PUBLICATIONS[result.source].short}`);
        if (result.scope) expect(text).toContain("Konteksttal");
        if (result.storedIn || result.sharedWith?.length) expect(text).toContain(FIGURE_WORDS.shared);
      });
      const caveat = document.querySelector("[data-figure-caveat]")!;
      expect(caveat.querySelector(`a[href="${routes.resultsCaveat()}"]`)).not.toBeNull();
      expect(caveat.textContent).toContain(FIGURE_WORDS.caveat);
    },
  );

  it("gives Mod til Uddannelse's 56 % and 6.500.000 kr. a period and a count, or says they are not given", () => {
    const items = [
      ...parse(routes.intervention("mod-til-uddannelse")).querySelectorAll("li[data-figure]"),
    ].map((item) => item.textContent!.replace(/\s+/g, " "));
    const percent = items.find((text) => text.includes("56 %"))!;
    expect(percent).toContain(FIGURE_WORDS.periodUnknown);
    expect(percent).toContain(FIGURE_WORDS.participantsUnknown);
    const money = items.find((text) => text.includes("6.500.000 kr."))!;
    expect(money).toContain("Periode: to år");
    expect(money).toContain(FIGURE_WORDS.participantsUnknown);
  });
});

describe("figures in the comparison", () => {
  it("carry period, count and source, say when they are shared, and come with the caveat", async () => {
    const ids = ["ung-i-uddannelse", "bedsteforaeldreordningen", "mod-til-uddannelse"];
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.url}${routes.compare(ids)}`);
    await page.waitForSelector('[data-compare-state="done"]');
    const cells = await page.$$eval('tr[data-row="resultater"] td', (tds) =>
      tds.map((td) => [...td.querySelectorAll("p")].map((p) => p.textContent ?? "")),
    );
    expect(cells).toHaveLength(3);
    cells.forEach((lines, column) => {
      const entry = byId.get(ids[column]!)!;
      expect(lines).toHaveLength(entry.data.results.length);
      lines.forEach((line, index) => {
        const result = entry.data.results[index]!;
        expect(line).toContain(formatResultValue(result.value, result.unit, result.qualifier));
        expect(line).toMatch(/Periode: |Periode ikke oplyst/);
        expect(line).toContain(`Kilde: ${PUBLICATIONS[result.source].short}`);
      });
    });
    expect(
      cells[0]!.every((line) => line.includes("Delt tal: kilden giver det samme tal for Ungeguides.")),
    ).toBe(true);
    expect(cells[1]!.some((line) => line.startsWith("Konteksttal:"))).toBe(true);
    expect(cells[2]!.find((line) => line.includes("56 %"))).toContain(
      "Periode ikke oplyst · Antal unge ikke oplyst",
    );
    const caveat = page.locator("[data-compare-caveat]");
    expect(await caveat.isVisible()).toBe(true);
    expect(await caveat.textContent()).toContain(FIGURE_WORDS.caveat);
    await context.close();
  });
});
