import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../scripts/lib/static-server.ts";
import {
  coverage,
  coverageText,
  facetByKey,
  facetCounts,
  type Facet,
  routes,
  GOVERNANCE_KIND,
} from "../../src/lib/catalogue/index.ts";
import { COMPOUND_MARK, resultStatus, PAGE_KIND, ZERO_OPTION_NOTE } from "../../src/lib/search/index.ts";
import { launchChromium, reusedTabs } from "../support/browser.ts";
import { idsWith, loadCatalogue, loadGovernance } from "../support/catalogue.ts";
import { APPROACH_BASES, APPROACH_SLUGS, regionOf } from "../../src/lib/vocabulary/index.ts";
import { GLUED_LABEL } from "../support/search-index.ts";
import { attributeValues, DIST, readPage, requireBuild } from "../support/dist.ts";

const catalogue = loadCatalogue();
const governance = loadGovernance();
let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;
const problems: string[] = [];

beforeAll(async () => {
  requireBuild();
  site = await serveStatic(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const tab = reusedTabs(problems);
function open(path: string, width = 1280): Promise<Page> {
  return tab(browser, site.url, path, width);
}

/** Waits until the status line reports a finished search and its facet counts, and returns it. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() =>
    /fundet|ikke tilgængelig/.test(document.querySelector("[data-status]")?.textContent ?? ""),
  );
  if (!(await page.isVisible("[data-unavailable]"))) await page.waitForSelector('[data-counts-state="done"]');
  await page.waitForTimeout(50);
  return (await page.textContent("[data-status]")) ?? "";
}

/** Waits for the status line to change from `before`, e.g. after typing. */
async function changed(page: Page, before: string): Promise<string> {
  await page.waitForFunction((text) => {
    const now = document.querySelector("[data-status]")?.textContent ?? "";
    return now !== text && /fundet/.test(now);
  }, before);
  return settled(page);
}

async function resultSlugs(page: Page): Promise<string[]> {
  // "Vis flere" loads the rest, so the full result set can be compared.
  while (await page.isVisible("[data-more]")) {
    const before = await page.locator("[data-result]").count();
    await page.click("[data-more]");
    await page.waitForFunction((n) => document.querySelectorAll("[data-result]").length > n, before);
  }
  const urls = await page.$$eval("[data-result]", (items) =>
    items.map((item) => item.getAttribute("data-result")!),
  );
  return urls.map((url) => url.replace(/^\/indsatser\/|\/$/g, "")).sort();
}

/** A governance example as resultSlugs reports it. */
function exampleSlug(id: string): string {
  return routes.governanceExample(id).replace(/\/$/, "");
}

/** Ids of the governance examples with a facet value, sorted. */
function examplesWith(facet: Facet, value: string): string[] {
  return governance
    .filter((example) => facet.examplesOf?.(example.data).includes(value))
    .map((example) => example.id)
    .sort();
}

/** A value's count in the facets: interventions, and governance examples apart ("(27 + 3 eksempler)"). */
async function countsShown(page: Page, facet: string, value: string): Promise<[number, number]> {
  const text = await page.textContent(`fieldset[data-facet="${facet}"] [data-count="${value}"]`);
  const match = /^\((\d+)(?: \+ (\d+) (?:eksempel|eksempler))?\)$/.exec(text ?? "");
  if (!match) throw new Error(`Unexpected count "${text}" for ${facet}=${value}`);
  return [Number(match[1]), Number(match[2] ?? 0)];
}

/** All results a value would give: interventions and examples together. */
async function countLabel(page: Page, facet: string, value: string): Promise<number> {
  const [interventions, examples] = await countsShown(page, facet, value);
  return interventions + examples;
}

describe("search in Chromium", () => {
  it("finds a governance example by its words and labels it as not an intervention", async () => {
    const page = await open(routes.search({ q: "Sammenhængsmodellen", filters: {} }));
    expect(await settled(page)).toBe("1 eksempel på styring og samarbejde fundet for »Sammenhængsmodellen«.");
    const result = page.locator("[data-result]").first();
    expect(await result.getAttribute("data-result")).toBe(
      routes.governanceExample("viborg-sammenhaengsmodellen"),
    );
    expect(await result.textContent()).toContain(GOVERNANCE_KIND);
  });

  it("shows the whole catalogue before anything is chosen, with catalogue-wide facet counts", async () => {
    const page = await open(routes.search());
    expect(await settled(page)).toBe(
      `${catalogue.length} indsatser og ${governance.length} eksempler på styring og samarbejde fundet.`,
    );
    expect(await resultSlugs(page)).toEqual(
      [...catalogue.map((entry) => entry.id), ...governance.map((example) => exampleSlug(example.id))].sort(),
    );
    const phase = facetByKey("fase");
    for (const { value, count } of facetCounts(catalogue, phase)) {
      expect(await countLabel(page, "fase", value)).toBe(count);
    }
  });

  it("finds entries as you type, and Danish stemming matches other word forms", async () => {
    const page = await open(routes.search());
    const before = await settled(page);
    await page.fill("#soeg-q", "mentor");
    const status = await changed(page, before);
    expect(status).toMatch(/^\d+ indsatser fundet for »mentor«\.$/);
    const found = await resultSlugs(page);
    expect(found).toEqual(expect.arrayContaining(["frivillige-erhvervsmentorer", "ung-paa-vej", "ips-ung"]));
    expect(found).not.toContain("bedsteforaeldreordningen");
    expect(await page.locator("[data-result] mark").count()).toBeGreaterThan(0);
    expect(page.url()).toContain("?q=mentor");

    await page.fill("#soeg-q", "bedsteforældrene");
    const grandparents = await changed(page, status);
    expect(await resultSlugs(page)).toContain("bedsteforaeldreordningen");

    // The status before typing, not after: a fast search may already have finished when we look.
    await page.fill("#soeg-q", "uddannelsesparate");
    await changed(page, grandparents);
    expect(await resultSlugs(page)).toContain("projekt-uddannelsesparat");
  });

  it.each([
    ["maalgruppe", "uddannelseshjaelpsmodtagere"],
    ["forankring", "jobcenter"],
    ["region", "midtjylland"],
    ["kommune", "aarhus"],
    ["fase", "fastholdelse"],
    ["tilgang", "virksomhedsrettede-indsatser"],
    ["tilgang", "tvaers-af-forvaltninger"],
    ["kommune", "silkeborg"],
  ])("a %s facet narrows to the same entries and count as the static page for %s", async (key, value) => {
    const facet = facetByKey(key);
    const staticPage = readPage(facet.href!(value as never));
    const staticIds = attributeValues(staticPage, "data-entry").sort();
    expect(staticIds).toEqual(idsWith(catalogue, facet, value));
    // Governance examples on the page (municipality, region and approach pages show them) are found too.
    const staticExamples = [...new Set(attributeValues(staticPage, "data-example"))];
    expect(staticExamples.sort()).toEqual(examplesWith(facet, value));
    const expected = [...staticIds, ...staticExamples.map(exampleSlug)].sort();

    const page = await open(routes.search());
    const before = await settled(page);
    expect(await countsShown(page, key, value)).toEqual([staticIds.length, staticExamples.length]);
    await page
      .locator(`details[data-facet-group="${key}"]`)
      .evaluate((details) => ((details as HTMLDetailsElement).open = true));
    await page.check(`fieldset[data-facet="${key}"] input[value="${value}"]`);
    expect(await changed(page, before)).toBe(
      resultStatus(expected.length, { q: "", filters: { [key]: [value] } }, staticExamples.length),
    );
    expect(await resultSlugs(page)).toEqual(expected);
    expect(new URL(page.url()).search).toBe(`?${key}=${value}`);
  });

  it("fetches the data of the results it shows and no more: the first screen's, then a batch per »Vis flere«", async () => {
    for (const q of ["", "unge"]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const fragments: string[] = [];
      page.on("request", (request) => {
        if (request.url().endsWith(".pf_fragment")) fragments.push(request.url());
      });
      await page.goto(site.url + routes.search({ q, filters: {} }));
      await settled(page);
      const shown = async () =>
        (await page.locator("[data-result]").count()) + (await page.locator("[data-site-page]").count());
      expect(await page.locator("[data-result]").count(), q).toBe(5);
      expect(new Set(fragments).size, q).toBe(await shown());
      await page.click("[data-more]");
      await page.waitForFunction(() => document.querySelectorAll("[data-result]").length > 5);
      expect(await page.locator("[data-result]").count(), q).toBe(15);
      expect(new Set(fragments).size, q).toBe(await shown());
      await page.close();
    }
  });

  it("offers all the approaches, and a political one finds the governance example tagged with it", async () => {
    const value = "bredt-politisk-udvalg";
    const page = await open(routes.search({ q: "", filters: { tilgang: [value] } }));
    const status = await settled(page);
    const offered = await page.$$eval('fieldset[data-facet="tilgang"] input', (boxes) =>
      boxes.map((box) => (box as HTMLInputElement).value),
    );
    expect(offered).toEqual(APPROACH_SLUGS);
    expect(await page.isChecked(`input[name="tilgang"][value="${value}"]`)).toBe(true);
    expect(await page.isVisible('details[data-facet-group="tilgang"] [data-extra]')).toBe(false);
    const facet = facetByKey("tilgang");
    const examples = examplesWith(facet, value);
    expect(examples).toContain("silkeborg-ungestrategi");
    const expected = [...idsWith(catalogue, facet, value), ...examples.map(exampleSlug)].sort();
    expect(await resultSlugs(page)).toEqual(expected);
    expect(status).toBe(
      resultStatus(expected.length, { q: "", filters: { tilgang: [value] } }, examples.length),
    );
  });

  it("lets a user choose governance examples alone, by the kind of page", async () => {
    const page = await open(routes.search());
    const before = await settled(page);
    await page
      .locator(`details[data-facet-group="${PAGE_KIND.filter}"]`)
      .evaluate((details) => ((details as HTMLDetailsElement).open = true));
    const box = page.getByRole("checkbox", { name: /^Eksempler på styring og samarbejde/ });
    await box.check();
    const filters = { [PAGE_KIND.filter]: [PAGE_KIND.example] };
    expect(await changed(page, before)).toBe(
      resultStatus(governance.length, { q: "", filters }, governance.length),
    );
    expect(await resultSlugs(page)).toEqual(governance.map((example) => exampleSlug(example.id)).sort());
    expect(new URL(page.url()).search).toBe(`?${PAGE_KIND.filter}=${PAGE_KIND.example}`);
  });

  it("offers the approach page when the words match it, apart from the results", async () => {
    const page = await open(routes.search({ q: "fritidsjob", filters: {} }));
    await settled(page);
    const offered = await page.$$eval("[data-site-pages] [data-site-page]", (items) =>
      items.map((item) => item.getAttribute("data-site-page")),
    );
    expect(offered).toContain(routes.approach("fritidsjob"));
    expect(await page.textContent("[data-site-pages]")).toContain("Tilgange");
    expect(await resultSlugs(page)).not.toContain(routes.approach("fritidsjob").replace(/\/$/, ""));
  });

  it("shows a chosen value without a checkbox as a chip that removes it", async () => {
    const kommune = facetByKey("kommune");
    const unused = facetCounts(catalogue, kommune, governance).find((v) => v.count + v.examples === 0)!;
    const state = { q: "", filters: { kommune: [unused.value] } };
    const page = await open(routes.search(state));
    const status = await settled(page);
    expect(status).toBe(resultStatus(0, state));
    expect(await page.locator(`input[name="kommune"][value="${unused.value}"]`).count()).toBe(0);
    const chip = page.locator('fieldset[data-facet="kommune"] [data-extra]');
    expect(await chip.isVisible()).toBe(true);
    expect(await chip.textContent()).toContain(unused.label);
    expect(
      await page
        .getByRole("button", { name: `Fjern filteret Kommune: ${unused.label}`, exact: true })
        .count(),
    ).toBe(1);
    expect(await page.textContent('details[data-facet-group="kommune"] [data-selected-count]')).toBe(
      " (1 valgt)",
    );
    await chip.focus();
    await page.keyboard.press("Enter");
    await changed(page, status);
    expect(new URL(page.url()).search).toBe("");
    expect(await chip.count()).toBe(0);
    expect(await page.textContent('details[data-facet-group="kommune"] [data-selected-count]')).toBe("");
  });

  it("shows excerpts that read as the page does: no glued words, no hidden meta or badges", async () => {
    const page = await open(routes.search({ q: "Ungeenheden", filters: {} }));
    await settled(page);
    const excerpts = await page.$$eval("[data-result] p.mt-2", (items) =>
      items.map((item) => item.textContent ?? ""),
    );
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) {
      expect(excerpt, excerpt).not.toMatch(GLUED_LABEL);
      expect(excerpt, excerpt).not.toContain(APPROACH_BASES.katalog.label);
    }
  });

  it("combines facets: OR within a facet, AND across facets, with counts that say what a click adds", async () => {
    const page = await open(`${routes.search()}?fase=efter-grundskolen&fase=fastholdelse&region=midtjylland`);
    await settled(page);
    const phase = facetByKey("fase");
    const region = facetByKey("region");
    const inRegion = new Set(idsWith(catalogue, region, "midtjylland"));
    const expected = [
      ...idsWith(catalogue, phase, "efter-grundskolen"),
      ...idsWith(catalogue, phase, "fastholdelse"),
    ]
      .filter((id) => inRegion.has(id))
      .sort();
    expect(await resultSlugs(page)).toEqual(expected);
    // The unchosen phase shows how many entries in the region it would add.
    const wouldAdd = idsWith(catalogue, phase, "omkring-grundskolen").filter((id) => inRegion.has(id)).length;
    expect(await countLabel(page, "fase", "omkring-grundskolen")).toBe(wouldAdd);
  });

  it("restores query, facets and results from a pasted URL, in a fresh browser context", async () => {
    const url = routes.search({
      q: "mentor",
      filters: { fase: ["efter-grundskolen"], maalgruppe: ["ledige-unge"] },
    });
    const first = await open(url);
    await settled(first);
    const firstResults = await resultSlugs(first);

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + url);
    const status = await settled(page);
    expect(status).toBe(resultStatus(firstResults.length, { q: "mentor", filters: { a: ["1", "2"] } }));
    expect(await page.inputValue("#soeg-q")).toBe("mentor");
    expect(await page.isChecked('input[name="fase"][value="efter-grundskolen"]')).toBe(true);
    expect(await page.isChecked('input[name="maalgruppe"][value="ledige-unge"]')).toBe(true);
    expect(await page.isChecked('input[name="fase"][value="fastholdelse"]')).toBe(false);
    expect(await resultSlugs(page)).toEqual(firstResults);
    expect(firstResults.length).toBeGreaterThan(0);
    await context.close();
  });

  it("moves between search states with back and forward", async () => {
    const page = await open(routes.search());
    let status = await settled(page);
    await page.fill("#soeg-q", "mentor");
    status = await changed(page, status);
    const mentorOnly = await resultSlugs(page);
    await page.check('input[name="fase"][value="efter-grundskolen"]');
    status = await changed(page, status);
    expect(new URL(page.url()).search).toBe("?q=mentor&fase=efter-grundskolen");

    await page.goBack();
    status = await changed(page, status);
    expect(new URL(page.url()).search).toBe("?q=mentor");
    expect(await page.isChecked('input[name="fase"][value="efter-grundskolen"]')).toBe(false);
    expect(await resultSlugs(page)).toEqual(mentorOnly);

    await page.goForward();
    await changed(page, status);
    expect(await page.isChecked('input[name="fase"][value="efter-grundskolen"]')).toBe(true);
  });

  it("works with the keyboard alone and announces the result count politely", async () => {
    const page = await open(routes.search());
    const before = await settled(page);
    await page.focus("#soeg-q");
    await page.keyboard.type("angst");
    await page.keyboard.press("Enter");
    const status = await changed(page, before);
    const live = page.locator("[data-status]");
    expect(await live.getAttribute("aria-live")).toBe("polite");
    expect(await live.getAttribute("role")).toBe("status");
    // Tab from the search box reaches the facets; Space ticks the focused checkbox.
    let focused = "";
    for (let i = 0; i < 10 && !focused.startsWith("checkbox"); i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement;
        return `${el.type}:${el.name}:${el.value}`;
      });
    }
    expect(focused).toMatch(/^checkbox:fase:/);
    await page.keyboard.press("Space");
    await changed(page, status);
    expect(page.url()).toMatch(/[?&]fase=/);
  });

  it("takes a query from the header box on any page, which itself ships no JavaScript", async () => {
    const page = await open(routes.intervention("ips-ung"));
    expect(await page.locator("script").count()).toBe(0);
    await page.fill("#header-q", "bedsteforældre");
    await page.press("#header-q", "Enter");
    await page.waitForURL("**/soeg/?q=*");
    await settled(page);
    expect(await page.inputValue("#soeg-q")).toBe("bedsteforældre");
    expect(await resultSlugs(page)).toContain("bedsteforaeldreordningen");
  });

  it("says plainly when the index is missing, as in `npm run dev` before any build", async () => {
    const page = await browser.newPage();
    await page.route("**/pagefind/**", (route) => route.abort());
    await page.goto(site.url + routes.search());
    expect(await settled(page)).toBe("Søgningen er ikke tilgængelig.");
    expect(await page.isVisible("[data-unavailable]")).toBe(true);
    expect(await page.textContent("[data-unavailable]")).toContain("npm run build");
    await page.close();
  });

  it("shows excerpts from the entry's text, never from the facts box, tags or source notes", async () => {
    const page = await open(routes.search({ q: "ikke uddannelsesparate", filters: {} }));
    await settled(page);
    const excerpts = await page.$$eval("[data-result] p.mt-2", (items) =>
      items.map((item) => item.textContent ?? ""),
    );
    expect(excerpts.length).toBeGreaterThanOrEqual(5);
    for (const excerpt of excerpts) {
      expect(excerpt, excerpt).not.toMatch(
        /Fakta|Ansvarlig|Rækkevidde|Alder Ikke|Ikke oplyst|Læs mere|Footnotes|↩|Tilgange\./,
      );
      // The compound marks of the index never show.
      expect(excerpt, excerpt).not.toContain(COMPOUND_MARK);
    }
  });

  it.each([
    ["praktik", "erhvervspraktik-i-udskolingen", "erhvervspraktik"],
    ["mentorer", "frivillige-erhvervsmentorer", "erhvervsmentorer"],
  ])("finds »%s« as the last part of a compound, in %s, and marks the whole word", async (q, slug, word) => {
    const page = await open(routes.search({ q, filters: {} }));
    await settled(page);
    expect(await resultSlugs(page)).toContain(slug);
    const marked = await page.$$eval(`[data-result="${routes.intervention(slug)}"] mark`, (marks) =>
      marks.map((mark) => mark.textContent?.toLowerCase().replace(/[^\p{L}]/gu, "")),
    );
    expect(marked).toContain(word);
    expect(await page.textContent(`[data-result="${routes.intervention(slug)}"]`)).not.toContain(
      COMPOUND_MARK,
    );
  });

  it("offers the target group a synonym names, and the offer finds the whole group", async () => {
    const maalgruppe = facetByKey("maalgruppe");
    const group = idsWith(catalogue, maalgruppe, "psykisk-saarbare");
    const byLabel = await open(routes.search({ q: "psykisk sårbare", filters: {} }));
    await settled(byLabel);
    const foundByLabel = await resultSlugs(byLabel);

    const page = await open(routes.search({ q: "psykiske problemer", filters: {} }));
    const before = await settled(page);
    const offer = page.locator('[data-offer="maalgruppe:psykisk-saarbare"]');
    expect(await offer.textContent()).toBe("Mente du målgruppen Psykisk sårbare?");
    await offer.getByRole("link", { name: "Psykisk sårbare" }).click();
    await changed(page, before);
    expect(new URL(page.url()).search).toBe("?maalgruppe=psykisk-saarbare");
    expect(await page.inputValue("#soeg-q")).toBe("");
    const found = await resultSlugs(page);
    expect(found).toEqual(group);
    expect(found.length).toBeGreaterThanOrEqual(foundByLabel.length);
    // The offer is gone once the filter is chosen.
    expect(await page.locator("[data-offer]").count()).toBe(0);
  });

  it("points a search for a municipality without entries to its region's page and the list of municipalities", async () => {
    const counted = facetCounts(catalogue, facetByKey("kommune"), governance);
    const regions = facetCounts(catalogue, facetByKey("region"), governance);
    const place = counted.find(
      ({ value, count, examples }) =>
        count + examples === 0 &&
        regions.some((r) => r.value === regionOf(value as never) && r.count + r.examples > 0),
    )!;
    const page = await open(routes.search({ q: place.label, filters: {} }));
    await settled(page);
    const pointer = page.locator(`[data-guidance] [data-place="${place.value}"]`);
    expect(await pointer.textContent()).toContain(`Kilderne beskriver ingen indsatser fra ${place.label}.`);
    const links = await pointer.locator("a").evaluateAll((items) => items.map((a) => a.getAttribute("href")));
    expect(links).toEqual([routes.region(regionOf(place.value as never)), routes.municipalities()]);
  });

  it("says what to try when nothing is found: each filter to remove, with what it gives, and places not towns", async () => {
    const state = { q: "mentor", filters: { region: ["hovedstaden"], maalgruppe: ["misbrug"] } };
    const page = await open(routes.search(state));
    expect(await settled(page)).toBe(resultStatus(0, state));
    expect(await page.isVisible("[data-jump]")).toBe(false);
    const removals = page.locator("[data-guidance] [data-remove-filter]");
    expect(await removals.allTextContents()).toEqual([
      expect.stringMatching(/^Fjern Målgruppe: Misbrug – giver /),
      expect.stringMatching(/^Fjern Region: Region Hovedstaden – giver /),
      expect.stringMatching(/^Fjern alle filtre – giver \d+ resultat/),
    ]);
    expect(await page.textContent("[data-guidance]")).toContain("men ikke byer");
    const before = await settled(page);
    await removals.last().getByRole("link").click();
    await changed(page, before);
    expect(new URL(page.url()).search).toBe("?q=mentor");
    expect(await resultSlugs(page)).toContain("frivillige-erhvervsmentorer");
    expect(await page.isVisible("[data-jump]")).toBe(true);
  });

  it("hides »Gå til resultaterne« when nothing is found, and shows it again when something is", async () => {
    const page = await open(routes.search({ q: "xyzzyq", filters: {} }));
    const none = await settled(page);
    expect(none).toMatch(/^Ingen indsatser fundet/);
    expect(await page.isHidden("[data-jump]")).toBe(true);
    expect(await page.isHidden("[data-show-results]")).toBe(true);
    await page.fill("#soeg-q", "mentor");
    await changed(page, none);
    expect(await page.isVisible("[data-jump]")).toBe(true);
  });

  it("explains the filters in one line, and options that would give 0 can't be ticked and say why", async () => {
    const page = await open(routes.search({ q: "", filters: { region: ["hovedstaden"] } }));
    await settled(page);
    const help = (await page.textContent("[data-filter-help]")) ?? "";
    expect(help).toMatch(/eller/);
    expect(help).toMatch(/og/);
    const phases = await page.$$eval('fieldset[data-facet="fase"] input', (boxes) =>
      boxes.map((box) => ({
        value: (box as HTMLInputElement).value,
        disabled: (box as HTMLInputElement).disabled,
        described: box.getAttribute("aria-describedby"),
        count: box.closest("label")?.querySelector("[data-count]")?.textContent,
      })),
    );
    const zero = phases.filter((phase) => phase.count === "(0)");
    expect(zero.length).toBeGreaterThan(0);
    for (const phase of phases) {
      expect(phase.disabled, phase.value).toBe(phase.count === "(0)");
      expect(phase.described, phase.value).toBe(phase.count === "(0)" ? "soeg-nul" : null);
    }
    expect(await page.textContent("#soeg-nul")).toBe(ZERO_OPTION_NOTE);
    const name = await page.locator(`input[value="${zero[0]!.value}"]`).evaluate((box) => {
      const description = document.getElementById(box.getAttribute("aria-describedby") ?? "");
      return description?.textContent;
    });
    expect(name).toBe(ZERO_OPTION_NOTE);
    // The chosen value stays enabled, so it can be unticked.
    expect(await page.isEnabled('input[name="region"][value="hovedstaden"]')).toBe(true);
  });

  it.each([
    ["region", "midtjylland"],
    ["kommune", "herning"],
  ])(
    "counts interventions and governance examples apart, the same on the home page, the %s pages and the facets (%s)",
    async (key, value) => {
      const facet = facetByKey(key);
      const expected = facetCounts(catalogue, facet, governance).find((v) => v.value === value)!;
      expect(expected.count).toBeGreaterThan(0);
      // The place's own page.
      const placePage = readPage(facet.href!(value as never));
      expect(placePage).toContain(`data-filter-count="${expected.count}"`);
      if (expected.examples > 0) expect(placePage).toContain(`data-example-count="${expected.examples}"`);
      // The overview of all values.
      const overview = readPage(facet.overview!.href);
      expect(overview).toContain(
        `data-value="${value}" data-count="${expected.count}" data-examples="${expected.examples}"`,
      );
      // The home page: regions, and the coverage sentence's largest region.
      if (key === "region") {
        const home = readPage(routes.home());
        expect(home).toContain(
          `data-region="${value}" data-count="${expected.count}" data-examples="${expected.examples}"`,
        );
        const reach = coverage(catalogue).regions.find((r) => r.region === value)!;
        expect(reach.count).toBe(expected.count);
        expect(home).toContain(coverageText(coverage(catalogue)));
      }
      // The search facet, before and after the counting instance has loaded.
      const page = await open(routes.search());
      await settled(page);
      expect(await countsShown(page, key, value)).toEqual([expected.count, expected.examples]);
    },
  );

  it("logged no console errors", () => {
    expect(problems).toEqual([]);
  });
});
