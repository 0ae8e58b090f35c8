/** Approach pages, governance examples and the catalogue links, checked on the built site. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { listIndexPages } from "../../scripts/lib/site-pages.ts";
import { readLinks } from "../../scripts/lib/content-files.ts";
import { exampleOrigin, GOVERNANCE_KIND, taggedWith, routes } from "../../src/lib/catalogue/index.ts";
import { CONTENT_PATHS } from "../../src/lib/content/index.ts";
import {
  CATALOGUE_CREDIT,
  APPROACH_SLUGS,
  CATALOGUE_PART_SLUGS,
  regionOf,
} from "../../src/lib/vocabulary/index.ts";
import { loadCatalogue, loadGovernance } from "../support/catalogue.ts";
import { attributeValues, DIST, readPage, requireBuild } from "../support/dist.ts";

const catalogue = loadCatalogue();
const governance = loadGovernance();

beforeAll(requireBuild);

/** Internal page links on a page: folder URLs only, without query or fragment. */
function internalLinks(html: string): string[] {
  return attributeValues(html, "href")
    .filter((href) => href.startsWith("/") && !href.startsWith("//"))
    .map((href) => href.replace(/[?#].*$/, ""))
    .filter((href) => href.endsWith("/"));
}

describe("approach pages", () => {
  it.each(APPROACH_SLUGS.map((slug) => [slug]))(
    "%s has a page with its tagged entries and how each is known",
    (slug) => {
      const html = readPage(routes.approach(slug));
      const entries = taggedWith(catalogue, slug);
      const examples = taggedWith(governance, slug);
      expect(entries.length + examples.length, "at least one intervention or example").toBeGreaterThan(0);
      expect(attributeValues(html, "data-entry").sort()).toEqual(entries.map(({ entry }) => entry.id).sort());
      expect(attributeValues(html, "data-example").sort()).toEqual(
        examples.map(({ entry }) => entry.id).sort(),
      );
      expect(html).toContain(`data-filter-count="${entries.length}"`);
      // One badge per listed intervention and example, in the same katalog-first order.
      const known = attributeValues(html, "data-known");
      expect(known.sort()).toEqual([...entries, ...examples].map((item) => item.known).sort());
      expect(html).toContain(CATALOGUE_CREDIT);
      expect(html).toContain("Beslægtede tilgange");
    },
  );

  it.each(APPROACH_SLUGS.map((slug) => [slug]))(
    "%s shows each example once, with the catalogue's links under its card, and links the publisher",
    (slug) => {
      const html = readPage(routes.approach(slug));
      for (const attribute of ["data-entry", "data-example"]) {
        const ids = attributeValues(html, attribute);
        expect(new Set(ids).size, attribute).toBe(ids.length);
      }
      for (const { entry } of taggedWith(governance, slug).filter((item) => item.known === "katalog")) {
        const titleLinks = html.split(`href="${routes.governanceExample(entry.id)}"`).length - 1;
        expect(titleLinks, entry.id).toBe(1);
        if (entry.data.links.length > 0) expect(html).toContain("data-catalogue-links");
      }
      const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
      expect(main).toContain(`data-publisher-link`);
    },
  );

  it("groups the overview by the catalogue's parts and links every approach", () => {
    const html = readPage(routes.approaches());
    for (const part of CATALOGUE_PART_SLUGS) expect(html).toContain(`id="${part}"`);
    for (const slug of APPROACH_SLUGS) expect(html).toContain(`href="${routes.approach(slug)}"`);
    expect(html).toContain("Delt tilstedeværelse");
    expect(html).toContain("Relationelle tiltag");
    expect(html).toContain(CATALOGUE_CREDIT);
  });

  it("shows each intervention's approaches with the catalogue's and the editors' tags told apart", () => {
    for (const entry of catalogue) {
      const html = readPage(routes.intervention(entry.id));
      const known = attributeValues(html, "data-known");
      expect(known, entry.id).toEqual(entry.data.approaches.map((tag) => tag.known));
      for (const tag of entry.data.approaches) expect(html).toContain(`href="${routes.approach(tag.id)}"`);
      if (entry.data.approaches.length === 0)
        expect(html).toContain("Ingen tilgang er knyttet til indsatsen");
    }
  });
});

describe("governance examples", () => {
  it.each(governance.map((example) => [example.id, example] as const))(
    "%s has a labelled, indexed page and appears on its places and the overview",
    (_id, example) => {
      const html = readPage(routes.governanceExample(example.id));
      expect(html).toContain(GOVERNANCE_KIND);
      expect(html).toContain("data-pagefind-body");
      expect(html).toContain(`data-pagefind-meta="slags">${GOVERNANCE_KIND}<`);
      expect(html).toContain(CATALOGUE_CREDIT.split(",")[0]);
      expect(readPage(routes.governanceExamples())).toContain(`data-example="${example.id}"`);
      for (const municipality of example.data.municipalities) {
        expect(readPage(routes.municipality(municipality)), municipality).toContain(
          `data-example="${example.id}"`,
        );
        expect(readPage(routes.region(regionOf(municipality)))).toContain(`data-example="${example.id}"`);
        expect(readPage(routes.municipalities())).toContain(`data-example-municipality="${municipality}"`);
      }
      if (example.data.municipalities.length === 0) expect(exampleOrigin(example.data)).not.toBe("");
      const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
      expect(main, "publisher of the catalogue linked in the page").toContain("data-publisher-link");
    },
  );

  it("keeps examples out of the intervention listings", () => {
    for (const example of governance) {
      expect(existsSync(join(DIST, routes.intervention(example.id), "index.html"))).toBe(false);
      expect(readPage(routes.interventions())).not.toContain(`data-example="${example.id}"`);
    }
  });

  it("publishes the examples as open data", () => {
    const json = JSON.parse(readFileSync(join(DIST, routes.dataGovernanceJson()), "utf8")) as {
      count: number;
      entries: { id: string; links: { url: string }[] }[];
    };
    expect(json.count).toBe(governance.length);
    expect(json.entries.map((entry) => entry.id).sort()).toEqual(governance.map((e) => e.id).sort());
    const csv = readFileSync(join(DIST, routes.dataGovernanceCsv()), "utf8");
    expect(csv.trim().split("\n")).toHaveLength(governance.length + 1);
    const schema = JSON.parse(readFileSync(join(DIST, routes.dataGovernanceSchema()), "utf8")) as {
      properties: Record<string, unknown>;
    };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["themes", "approaches", "links"]));
  });
});

describe("navigation", () => {
  it("reaches every approach and every governance example from the home page in two clicks", () => {
    const first = new Set(internalLinks(readPage("/")));
    const reachable = new Set(first);
    for (const page of first) {
      if (existsSync(join(DIST, page, "index.html")))
        for (const href of internalLinks(readPage(page))) reachable.add(href);
    }
    for (const slug of APPROACH_SLUGS) expect(reachable, slug).toContain(routes.approach(slug));
    for (const example of governance)
      expect(reachable, example.id).toContain(routes.governanceExample(example.id));
  });
});

describe("content/links.toml", () => {
  it("has no link that no page uses", () => {
    const links = readLinks(CONTENT_PATHS.links) as Record<string, { url: string }>;
    const hrefs = new Set(
      listIndexPages(DIST).flatMap((page) => attributeValues(readFileSync(page.file, "utf8"), "href")),
    );
    const unused = Object.entries(links)
      .filter(([, link]) => !hrefs.has(link.url.replaceAll("&", "&amp;")) && !hrefs.has(link.url))
      .map(([id]) => id);
    expect(unused).toEqual([]);
  });
});
