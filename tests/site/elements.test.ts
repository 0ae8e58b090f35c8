/**
 * The 11 elements on the real catalogue's build: every profile, the element pages against the search
 * index's filters, and the method page against the rubric module. The fixture site in
 * score-display.test.ts covers the same pages with assessments at every level.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readLinks } from "../../scripts/lib/content-files.ts";
import { CONTENT_PATHS } from "../../src/lib/content/index.ts";
import { routes } from "../../src/lib/catalogue/index.ts";
import { assessedCount, groupByLevel, THRESHOLDS, thresholdValue } from "../../src/lib/scores/index.ts";
import { ELEMENT_KEYS, RUBRIC, SOCIALSTYRELSEN_LINK_ID } from "../../src/lib/vocabulary/index.ts";
import { loadCatalogue } from "../support/catalogue.ts";
import { attributeValues, readPage, requireBuild } from "../support/dist.ts";
import { indexedFilters } from "../support/search-index.ts";

const catalogue = loadCatalogue();
const escaped = (text: string) =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll('"', "&quot;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll("'", "&#39;");

beforeAll(requireBuild);

describe("the profile on every entry page", () => {
  it.each(catalogue.map((entry) => [entry.id, entry] as const))(
    "%s shows all 11 elements, the number assessed and a link to the method page",
    (id, entry) => {
      const html = readPage(`indsatser/${id}`);
      expect(attributeValues(html, "data-element")).toEqual(ELEMENT_KEYS);
      const assessed = assessedCount(entry.data.scores);
      expect(html).toContain(`data-assessed-count="${assessed}"`);
      expect(html).toContain(`${assessed} af 11 elementer vurderet.`);
      const levels = attributeValues(html, "data-level");
      expect(levels.filter((level) => level === "ikke-vurderet")).toHaveLength(11 - assessed);
      for (const key of ELEMENT_KEYS) {
        const score = entry.data.scores[key];
        if (score) expect(html).toContain(escaped(score.rationale));
        expect(html).toContain(`href="${routes.element(key)}"`);
      }
      expect(html).toContain(`href="${routes.method()}"`);
    },
  );
});

describe("the element pages", () => {
  it.each(ELEMENT_KEYS)("%s lists every entry once, grouped as the catalogue says", (key) => {
    const html = readPage(`element/${key}`);
    const groups = groupByLevel(catalogue, key);
    expect(attributeValues(html, "data-entry").sort()).toEqual(catalogue.map((entry) => entry.id).sort());
    for (const group of groups) {
      expect(html).toContain(
        `data-level-group="${group.level ?? "ikke-vurderet"}" data-count="${group.entries.length}"`,
      );
    }
  });

  it("count each threshold exactly as the search index filters it", () => {
    const indexed = indexedFilters();
    const filters = catalogue.map((entry) => indexed.get(routes.intervention(entry.id))!);
    expect(filters.every((list) => list.length > 0)).toBe(true);
    for (const key of ELEMENT_KEYS) {
      const html = readPage(`element/${key}`);
      for (const level of THRESHOLDS) {
        const value = thresholdValue(level);
        const indexed = filters.filter((list) => list.includes(`${key}:${value}`)).length;
        expect(html, `${key} ${value}`).toContain(`data-threshold="${value}" data-count="${indexed}"`);
      }
    }
  });

  it("has an overview with a row per element", () => {
    const html = readPage("element");
    expect(attributeValues(html, "data-element-row")).toEqual(ELEMENT_KEYS);
  });
});

describe("the method page", () => {
  const html = () => readPage("metode");

  it("publishes the whole rubric from the module", () => {
    for (const key of ELEMENT_KEYS) {
      for (const text of [
        ...Object.values(RUBRIC[key].levels),
        RUBRIC[key].notAssessed,
        RUBRIC[key].tableRow,
      ])
        expect(html(), key).toContain(escaped(text));
    }
  });

  it("links Socialstyrelsen's description, as content/links.toml has it", () => {
    const link = readLinks(CONTENT_PATHS.links)[SOCIALSTYRELSEN_LINK_ID] as { url: string } | undefined;
    expect(link?.url).toMatch(/^https:\/\/socialstyrelsen\.dk\//);
    expect(html()).toContain(`href="${link!.url}"`);
  });

  it("is linked from the footer, /om/ and /data/", () => {
    for (const path of ["", "om", "data"])
      expect(readPage(path), path).toContain(`href="${routes.method()}"`);
  });
});
