import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listMdxFiles, readContentFile } from "../../scripts/lib/content-files.ts";
import { CONTENT_PATHS, publishedBody } from "../../src/lib/content/index.ts";
import { bodyWithoutNotes } from "../../src/lib/sources/index.ts";
import { BOM, CSV_COLUMNS } from "../../src/lib/open-data/index.ts";
import {
  standaloneInterventionSchema as schema,
  describeFields,
  type JsonSchema,
} from "../../src/lib/schema/index.ts";
import { editUrl, interventionFile } from "../../src/lib/site/index.ts";
import { routes } from "../../src/lib/catalogue/index.ts";
import { launchChromium } from "../support/browser.ts";
import { parseCsv } from "../support/csv.ts";
import { attributeValues, DIST, readPage, requireBuild } from "../support/dist.ts";

type Frontmatter = {
  title: string;
  phase: string;
  context: { municipalities?: string[] };
  targetGroup: { tags: string[] };
  reviewed: string;
};

const files = listMdxFiles(CONTENT_PATHS.interventions.base).map((file) =>
  readContentFile(file, process.cwd(), CONTENT_PATHS.interventions.base),
);
const byId = new Map(files.map((file) => [file.id, file.frontmatter as Frontmatter]));
const read = (route: string) => readFileSync(join(DIST, route), "utf8");

beforeAll(requireBuild);

describe("/data/indsatser.json", () => {
  const json = () =>
    JSON.parse(read(routes.dataJson())) as {
      count: number;
      attribution: { credit: string };
      entries: {
        id: string;
        url: string;
        editUrl: string;
        data: Record<string, unknown>;
        labels: { phase: string };
      }[];
    };

  it("has one entry per content file, with its absolute URL and the attribution", () => {
    const dataset = json();
    expect(dataset.count).toBe(files.length);
    expect(dataset.entries.map((entry) => entry.id).sort()).toEqual([...byId.keys()].sort());
    expect(dataset.attribution.credit).toContain("Marselisborg Consulting for Region Midtjylland, juni 2022");
    for (const entry of dataset.entries) {
      expect(entry.url).toMatch(new RegExp(`^https?://[^/]+${routes.intervention(entry.id)}$`));
      expect(entry.editUrl).toBe(editUrl(entry.id));
    }
  });

  it("carries each file's body as published: without comments and note marks", async () => {
    const bodies = new Map(
      (JSON.parse(read(routes.dataJson())) as { entries: { id: string; body: string }[] }).entries.map(
        (entry) => [entry.id, entry.body],
      ),
    );
    expect(bodies.size).toBe(files.length);
    for (const file of files) {
      const expected = bodyWithoutNotes(await publishedBody(file.body));
      expect(expected.length, file.id).toBeGreaterThan(100);
      expect(bodies.get(file.id), file.id).toBe(expected);
    }
  });

  it("carries the fields of the MDX frontmatter, and they validate against the schema again", () => {
    for (const entry of json().entries) {
      const source = byId.get(entry.id)!;
      expect(entry.data["title"]).toBe(source.title);
      expect(entry.data["phase"]).toBe(source.phase);
      expect((entry.data["context"] as { municipalities: string[] }).municipalities).toEqual(
        source.context.municipalities ?? [],
      );
      expect(entry.data["reviewed"]).toBe(source.reviewed);
      expect(entry.labels.phase).toBeTruthy();
      const parsed = schema.safeParse(entry.data);
      expect(parsed.success, `${entry.id}: ${parsed.error?.message}`).toBe(true);
    }
  });
});

describe("/data/indsatser.csv", () => {
  const text = () => read(routes.dataCsv());

  it("starts with a byte-order mark and parses back to a header and one row per file", () => {
    expect(text().startsWith(BOM)).toBe(true);
    const [header, ...rows] = parseCsv(text());
    expect(header).toEqual(CSV_COLUMNS.map((column) => column.header));
    expect(rows).toHaveLength(files.length);
    for (const row of rows) expect(row).toHaveLength(header!.length);
  });

  it("has the frontmatter's values in the right columns, lists joined with |", () => {
    const [header, ...rows] = parseCsv(text());
    const column = (name: string) => header!.indexOf(name);
    for (const row of rows) {
      const source = byId.get(row[column("id")]!)!;
      expect(row[column("title")]).toBe(source.title);
      expect(row[column("phase")]).toBe(source.phase);
      expect(row[column("targetGroup.tags")]!.split("|")).toEqual(source.targetGroup.tags);
      expect(row[column("reviewed")]).toBe(source.reviewed);
    }
  });
});

describe("/data/schema.json", () => {
  const jsonSchema = () => JSON.parse(read(routes.dataSchema())) as JsonSchema & { $schema: string };

  it("is a draft 2020-12 schema with exactly the zod schema's fields", () => {
    const generated = jsonSchema();
    expect(generated.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(Object.keys(generated.properties!)).toEqual(Object.keys(schema.shape));
    expect(generated.properties!["reviewed"]).toMatchObject({ type: "string", format: "date" });
  });

  it("marks as required exactly the fields whose removal the zod schema rejects", () => {
    const valid = readContentFile("tests/fixtures/valid-entry.mdx", process.cwd()).frontmatter as Record<
      string,
      unknown
    >;
    expect(schema.safeParse(valid).success).toBe(true);
    const rejectedWithout = Object.keys(schema.shape).filter((key) => {
      const { [key]: _removed, ...rest } = valid;
      return !schema.safeParse(rest).success;
    });
    expect([...jsonSchema().required!].sort()).toEqual(rejectedWithout.sort());
  });
});

describe("/feed.xml", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("is well-formed Atom with one entry per file and one per status change or confirmation, latest first", async () => {
    const page = await browser.newPage();
    const feed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      const atom = "http://www.w3.org/2005/Atom";
      const text = (node: Element | Document, name: string) =>
        node.getElementsByTagNameNS(atom, name)[0]?.textContent;
      return {
        errors: doc.getElementsByTagName("parsererror").length,
        root: doc.documentElement.namespaceURI,
        id: text(doc, "id"),
        updated: text(doc, "updated"),
        self: doc.querySelector('link[rel="self"]')?.getAttribute("href"),
        entries: [...doc.getElementsByTagNameNS(atom, "entry")].map((entry) => ({
          id: text(entry, "id"),
          title: text(entry, "title"),
          updated: text(entry, "updated"),
          summary: text(entry, "summary"),
          link: entry.getElementsByTagNameNS(atom, "link")[0]?.getAttribute("href"),
        })),
      };
    }, read(routes.feed()));
    expect(feed.errors).toBe(0);
    expect(feed.root).toBe("http://www.w3.org/2005/Atom");
    expect(feed.self).toMatch(/\/feed\.xml$/);
    // Event entries (a status change or a confirmation) have the entry's URL with a fragment as their id.
    const perFile = feed.entries.filter((entry) => !entry.id!.includes("#"));
    const events = feed.entries.filter((entry) => entry.id!.includes("#"));
    expect(perFile).toHaveLength(files.length);
    expect(new Set(feed.entries.map((entry) => entry.id)).size).toBe(feed.entries.length);
    for (const entry of feed.entries) {
      expect(entry.title && entry.summary && entry.link).toBeTruthy();
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);
    }
    for (const entry of perFile) {
      // Updated is the last content change (from git) or the review, whichever is later.
      const reviewed = [...byId.values()].find((f) => entry.title === f.title)?.reviewed;
      if (reviewed)
        expect(new Date(entry.updated!) >= new Date(`${reviewed}T00:00:00Z`), entry.title!).toBe(true);
    }
    for (const entry of events) {
      expect(entry.title, entry.id!).toMatch(/: (Status ændret fra »|Bekræftet af )/);
      expect(entry.link).toBe(entry.id!.split("#")[0]);
    }
    const dates = feed.entries.map((entry) => new Date(entry.updated!).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(new Date(feed.updated!).getTime()).toBe(dates[0]);
    expect(perFile.map((entry) => entry.title).sort()).toEqual([...byId.values()].map((f) => f.title).sort());
  });

  it("is announced in the head of every page", () => {
    for (const path of ["", "data", `indsatser/${files[0]!.id}`]) {
      expect(readPage(path)).toContain(`<link rel="alternate" type="application/atom+xml"`);
      expect(readPage(path)).toContain(`href="${routes.feed()}"`);
    }
  });
});

describe("the data page", () => {
  it("documents every field of the schema and every CSV column, and links the files", () => {
    const html = readPage("data");
    const generated = JSON.parse(read(routes.dataSchema())) as JsonSchema;
    expect(attributeValues(html, "data-field")).toEqual(describeFields(generated).map((field) => field.path));
    for (const column of CSV_COLUMNS) expect(html).toContain(`>${column.header}</code>`);
    for (const route of [routes.dataJson(), routes.dataCsv(), routes.dataSchema(), routes.feed()]) {
      expect(html).toContain(`href="${route}"`);
    }
    expect(html).toContain("Marselisborg Consulting for Region Midtjylland, juni 2022");
  });

  it("is linked from the footer of every page", () => {
    expect(readPage("")).toContain(`href="${routes.data()}"`);
    expect(readPage(`indsatser/${files[0]!.id}`)).toContain(`href="${routes.data()}"`);
  });
});

describe("edit links", () => {
  it.each(files.map((file) => [file.id]))("%s links to its own file in GitHub's editor", (id) => {
    const html = readPage(`indsatser/${id}`);
    const links = [...html.matchAll(/<a href="([^"]*)"[^>]*data-edit-link[^>]*>\s*Foreslå en rettelse/g)];
    expect(links).toHaveLength(1);
    expect(links[0]![1]).toBe(editUrl(id));
    expect(links[0]![1]).toMatch(new RegExp(`/edit/[^/]+/content/interventions/${id}\\.mdx$`));
    expect(existsSync(interventionFile(id))).toBe(true);
  });
});
