import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  CATALOGUE_CREDIT,
  ELEMENT_KEYS,
  NOT_ASSESSED_LABEL,
  PHASE_SLUGS,
} from "../../src/lib/vocabulary/index.ts";
import { listMdxFiles, readContentFile } from "../../scripts/lib/content-files.ts";
import { CONTENT_PATHS } from "../../src/lib/content/index.ts";
import { attributeValues, DIST, readPage, requireBuild } from "../support/dist.ts";

const entries = listMdxFiles(CONTENT_PATHS.interventions.base).map((file) => {
  const { id, frontmatter } = readContentFile(file, process.cwd());
  return {
    id,
    data: frontmatter as { phase: string; title: string; case?: boolean; scores?: Record<string, unknown> },
  };
});

beforeAll(requireBuild);

describe("built site", () => {
  it("has one page per intervention and nothing else under /indsatser/", () => {
    const pages = readdirSync(join(DIST, "indsatser"), { withFileTypes: true })
      .filter((dirent) => dirent.isDirectory())
      .map((dirent) => dirent.name);
    expect(pages.sort()).toEqual(entries.map((entry) => entry.id).sort());
    expect(pages).toHaveLength(39);
  });

  it("has one page per phase, listing exactly that phase's entries", () => {
    for (const phase of PHASE_SLUGS) {
      const listed = attributeValues(readPage(`fase/${phase}`), "data-entry");
      const expected = entries.filter((entry) => entry.data.phase === phase).map((entry) => entry.id);
      expect(listed.sort(), phase).toEqual(expected.sort());
    }
  });

  it("lists every entry once on /indsatser/", () => {
    const listed = attributeValues(readPage("indsatser"), "data-entry");
    expect(listed.sort()).toEqual(entries.map((entry) => entry.id).sort());
  });

  it("leads in to the four cases from the home page", () => {
    const home = readPage("");
    const cases = entries.filter((entry) => entry.data.case).map((entry) => entry.id);
    expect(cases).toHaveLength(4);
    expect(attributeValues(home, "data-entry").sort()).toEqual(cases.sort());
    for (const phase of PHASE_SLUGS) expect(home).toContain(`href="/fase/${phase}/"`);
    expect(home).toContain('href="/maalgruppe/');
  });
});

describe.each(entries.map((entry) => [entry.id, entry] as const))("intervention page %s", (id, entry) => {
  let html = "";
  beforeAll(() => {
    html = readPage(`indsatser/${id}`);
  });

  it("is Danish, titled, credited and free of JavaScript", () => {
    expect(html).toMatch(/<html lang="da"/);
    expect(html).toContain(`<h1`);
    expect(html).toContain(entry.data.title.replaceAll("&", "&amp;"));
    expect(html).toContain(CATALOGUE_CREDIT.split(",")[0]);
    expect(html).not.toMatch(/<script\b/);
  });

  it("keeps the spaces between a link and the text after it", () => {
    expect(html).not.toMatch(/<\/a><span[^>]*>[^\s<]/);
  });

  it("shows all 11 elements, marking unassessed ones as not assessed", () => {
    const elements = attributeValues(html, "data-element");
    expect(elements).toEqual(ELEMENT_KEYS);
    const levels = attributeValues(html, "data-level");
    const assessed = Object.keys(entry.data.scores ?? {}).length;
    expect(levels.filter((level) => level === "ikke-vurderet")).toHaveLength(11 - assessed);
    if (assessed < 11) expect(html).toContain(NOT_ASSESSED_LABEL);
  });
});

describe("supporting pages", () => {
  it("builds the about page, target-group pages and a 404 page", () => {
    expect(existsSync(join(DIST, "om/index.html"))).toBe(true);
    expect(existsSync(join(DIST, "maalgruppe/index.html"))).toBe(true);
    expect(existsSync(join(DIST, "404.html"))).toBe(true);
  });
});
