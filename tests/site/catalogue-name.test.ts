/** The 2022 report has one name wherever a reader meets it on the built site, and is never the site itself. */
import { beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE_ID, CATALOGUE_NAME, PUBLICATIONS } from "../../src/lib/vocabulary/index.ts";
import { routes } from "../../src/lib/catalogue/index.ts";
import { SITE } from "../../src/lib/site/index.ts";
import { loadCatalogue } from "../support/catalogue.ts";
import { readPage, requireBuild } from "../support/dist.ts";

const catalogue = loadCatalogue();

beforeAll(requireBuild);

/** The visible text of one part of a page, tags removed. */
function textOf(html: string, from: string, to = "</section>"): string {
  const start = html.indexOf(from);
  expect(start, from).toBeGreaterThan(-1);
  return html
    .slice(start, html.indexOf(to, start))
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");
}

describe("the 2022 report's name", () => {
  const withCatalogueBasis = catalogue.filter((entry) =>
    Object.values(entry.data.scores).some((score) =>
      score?.basis.some((item) => "publication" in item && item.publication === CATALOGUE_ID),
    ),
  );

  it("has entries whose assessments rest on the report", () => {
    expect(withCatalogueBasis.length).toBeGreaterThan(10);
  });

  it.each(catalogue.map((entry) => [entry.id]))(
    "%s names the report by its name in the profile's basis, not by its kind",
    (id) => {
      const profile = textOf(readPage(routes.intervention(id)), "data-score-profile");
      expect(profile).not.toContain(PUBLICATIONS[CATALOGUE_ID].kind);
      expect(profile).not.toMatch(/(?<!Marselisborg-)\bkatalogets oversigtstabel/);
      if (withCatalogueBasis.some((entry) => entry.id === id))
        expect(profile).toContain(`Grundlag: ${PUBLICATIONS[CATALOGUE_ID].short}`);
    },
  );

  it("tells the site and the report apart on the method page", () => {
    const text = textOf(readPage(routes.method()), "<main", "</main>");
    expect(text).not.toMatch(/dette katalog/i);
    expect(text).toContain(`redaktionen bag ${SITE.name}, ikke af ${CATALOGUE_NAME}`);
    expect(text).not.toMatch(/(?<!Marselisborg-)\b[Kk]atalog(et|ets)\b/);
  });
});
