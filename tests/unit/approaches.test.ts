/** The approaches vocabulary, the approaches field, and the governance examples collection. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  buildTree,
  checkContent,
  checkFiles,
  checkGovernanceFiles,
  formatProblem,
} from "../../src/lib/check/index.ts";
import { listFiles, readContentFile, readLinks } from "../../scripts/lib/content-files.ts";
import { taggedWith } from "../../src/lib/catalogue/index.ts";
import { CONTENT_PATHS } from "../../src/lib/content/index.ts";
import {
  APPROACH_SLUGS,
  APPROACHES,
  approachesInPart,
  CATALOGUE_PART_SLUGS,
  INTRO_PARTS,
  PUBLICATION_IDS,
  type SourcePassage,
} from "../../src/lib/vocabulary/index.ts";
import { loadCatalogue, loadGovernance } from "../support/catalogue.ts";

const root = process.cwd();
const read = (file: string) => readContentFile(file, root);
const linkIds = new Set(Object.keys(readLinks(CONTENT_PATHS.links)));
const fixtureLinkIds = new Set(Object.keys(readLinks("tests/fixtures/scored-site/links.toml")));

describe("the approaches vocabulary", () => {
  it("has the catalogue's 18 distinct approaches, two of them in two parts", () => {
    expect(APPROACH_SLUGS).toHaveLength(18);
    const twice = APPROACH_SLUGS.filter((slug) => APPROACHES[slug].parts.length > 1);
    expect(twice.sort()).toEqual(["brobygning", "trivsel-og-motivation"]);
    const listed = CATALOGUE_PART_SLUGS.flatMap(approachesInPart);
    expect(listed).toHaveLength(20);
  });

  it("gives every part approaches and every approach a text and related approaches that exist", () => {
    for (const part of CATALOGUE_PART_SLUGS) expect(approachesInPart(part).length, part).toBeGreaterThan(0);
    for (const slug of APPROACH_SLUGS) {
      const approach = APPROACHES[slug];
      expect(approach.description.length, slug).toBeGreaterThan(20);
      expect(approach.promise.length, slug).toBeGreaterThan(40);
      expect(approach.related.length, slug).toBeGreaterThan(0);
      for (const related of approach.related) {
        expect(APPROACH_SLUGS, `${slug} → ${related}`).toContain(related);
        expect(related, slug).not.toBe(slug);
      }
    }
  });
});

/** The 2022 catalogue's text, where the shared folder is at hand (found as copycheck finds it). */
const seeds = join(resolve(process.env["LP_SHARED_DIR"] ?? "../shared"), "seeds");
const catalogueText = existsSync(seeds)
  ? readdirSync(seeds)
      .filter((name) => name.startsWith("002_"))
      .map((name) => readFileSync(join(seeds, name), "utf8"))
      .join("\n")
  : undefined;
const normalise = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();
const headingLines = new Set((catalogueText ?? "").split("\n").map(normalise));

describe("the approaches' sources", () => {
  const passages = APPROACH_SLUGS.flatMap((slug) => {
    const { description, promise } = APPROACHES[slug].source;
    return [description, ...promise].map((passage: SourcePassage) => ({ slug, passage }));
  });

  it("name a publication and a section for both description and promise", () => {
    expect(passages.length).toBeGreaterThanOrEqual(APPROACH_SLUGS.length * 2);
    for (const { slug, passage } of passages) {
      expect(PUBLICATION_IDS, slug).toContain(passage.publication);
      expect(passage.section.trim().length, slug).toBeGreaterThan(3);
    }
  });

  it.skipIf(catalogueText === undefined)("name headings the catalogue prints as lines of their own", () => {
    for (const { slug, passage } of passages) {
      expect(headingLines.has(normalise(passage.section)), `${slug}: ${passage.section}`).toBe(true);
      if (passage.within !== undefined)
        expect(headingLines.has(normalise(passage.within)), `${slug}: ${passage.within}`).toBe(true);
    }
  });
});

describe("the real content", () => {
  const catalogue = loadCatalogue();
  const governance = loadGovernance();

  it("gives every approach at least one intervention or governance example", () => {
    for (const slug of APPROACH_SLUGS) {
      const count = taggedWith(catalogue, slug).length + taggedWith(governance, slug).length;
      expect(count, slug).toBeGreaterThan(0);
    }
  });

  it("tags most interventions, and marks the catalogue's own examples as such", () => {
    const tagged = catalogue.filter((entry) => entry.data.approaches.length > 0);
    expect(tagged.length).toBeGreaterThanOrEqual(35);
    const known = catalogue.flatMap((entry) => entry.data.approaches.map((tag) => tag.known));
    expect(known).toContain("katalog");
    expect(known).toContain("redaktionen");
  });

  it("has the six governance examples, an introduction per non-phase part, and passes the check", () => {
    expect(governance.map((example) => example.id).sort()).toEqual([
      "benchmarking-de-syv-bedste-kommuner",
      "brobygning-til-uddannelse-paa-erhvervsskoler",
      "herning-ungevejen",
      "nyborg-maaltal-jobcenter",
      "silkeborg-ungestrategi",
      "viborg-sammenhaengsmodellen",
    ]);
    const parts = listFiles(CONTENT_PATHS.parts.base, ".md").map((file) => read(file).id);
    expect(parts.sort()).toEqual([...INTRO_PARTS].sort());
    const { problems, counts } = checkContent(buildTree(), root);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(counts).toMatchObject({ parts: 3, governance: 6 });
  });
});

/** file → the field that must be named and the words its message must contain. */
const invalidInterventions: Record<string, { field: string; contains: string[] }> = {
  "unknown-approach": {
    field: "approaches.1.id",
    contains: [
      '"relationsarbejdet"',
      "er ikke en gyldig tilgang",
      "Tilladte værdier:",
      'Mente du: "relationsarbejde"?',
    ],
  },
  "unknown-approach-basis": {
    field: "approaches.0.known",
    contains: ['"kataloget"', "katalog, redaktionen", 'Mente du: "katalog"?'],
  },
  "duplicate-approach": { field: "approaches.1.id", contains: ['"brobygning" står mere end én gang'] },
  "approach-without-basis": { field: "approaches.0.known", contains: ["Mangler"] },
};

describe("invalid approaches on an intervention", () => {
  it.each(Object.entries(invalidInterventions))(
    "%s is rejected with file, line and message",
    (name, expected) => {
      const file = read(join("tests/fixtures/invalid-approaches", `${name}.mdx`));
      const problems = checkFiles([file], linkIds);
      const problem = problems.find((p) => p.field === expected.field);
      expect(problem, `problems were: ${problems.map(formatProblem).join("\n")}`).toBeDefined();
      expect(problem!.path).toBe(`tests/fixtures/invalid-approaches/${name}.mdx`);
      expect(problem!.line).toBeGreaterThan(13);
      for (const words of expected.contains) expect(problem!.message).toContain(words);
    },
  );
});

const invalidGovernance: Record<string, { field: string; contains: string[]; noLine?: true }> = {
  "unknown-theme": {
    field: "themes.0",
    contains: [
      '"politisk-styrring"',
      "politisk-styring, koordinering, viden",
      'Mente du: "politisk-styring"?',
    ],
  },
  "unknown-approach": {
    field: "approaches.0.id",
    contains: ['"data-styring"', "er ikke en gyldig tilgang", 'Mente du: "data-i-styring"?'],
  },
  "unknown-link": {
    field: "links.0",
    contains: ['"eksempell"', "content/links.toml", 'Mente du: "eksempel"?'],
  },
  "no-place": { field: "municipalities", contains: ["mindst én kommune", "organisation"], noLine: true },
  "unknown-municipality": { field: "municipalities.0", contains: ['"nyborgg"', 'Mente du: "nyborg"?'] },
  "raw-html": { field: "brødtekst", contains: [] },
  "unknown-field": { field: "(frontmatter)", contains: ['"temaer"', "Tilladte felter"] },
  // One rule per kind of value (issue 26): the date and year pieces interventions use, no coercion.
  "number-date": { field: "reviewed", contains: ["ÅÅÅÅ-MM-DD", "5"] },
  "future-date": { field: "reviewed", contains: ["2099-12-31", "i fremtiden"] },
  "impossible-date": { field: "reviewed", contains: ["2023-02-30 er ikke en dato, der findes i kalenderen"] },
  "year-as-number": {
    field: "period.start",
    contains: ["forventet tekst, men fik 2013", "anførselstegn", '"2013"'],
  },
  "year-hex": {
    field: "period.start",
    contains: ["Tallet 0x7DD er skrevet i sekstentalssystemet (hex)", "2013"],
  },
};

describe("governance examples", () => {
  it("accepts the valid fixture", () => {
    const file = read("tests/fixtures/governance/valid-example.md");
    expect(checkGovernanceFiles([file], fixtureLinkIds).map(formatProblem)).toEqual([]);
  });

  it.each(Object.entries(invalidGovernance))(
    "%s is rejected with file, line and message",
    (name, expected) => {
      const file = read(join("tests/fixtures/invalid-governance", `${name}.md`));
      const problems = checkGovernanceFiles([file], fixtureLinkIds);
      const problem = problems.find((p) => p.field === expected.field);
      expect(problem, `problems were: ${problems.map(formatProblem).join("\n")}`).toBeDefined();
      expect(problem!.path).toBe(`tests/fixtures/invalid-governance/${name}.md`);
      if (!expected.noLine) expect(problem!.line).toBeDefined();
      for (const words of expected.contains) expect(problem!.message).toContain(words);
    },
  );
});
