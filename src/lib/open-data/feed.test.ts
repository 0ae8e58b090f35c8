import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { atomFeed, type FeedSpec } from "./feed.ts";

const HOSTILE = '<script>alert("x")</script> ]]> & <b>fed</b>\u0007';

const spec: FeedSpec = {
  id: "https://example.org/feed.xml",
  title: "Lovende praksis & co",
  subtitle: "Indsatser <nyeste først>",
  selfUrl: "https://example.org/feed.xml",
  siteUrl: "https://example.org/",
  author: "Lovende praksis",
  rights: "Lovende praksis, på grundlag af Marselisborg Consulting",
  items: [
    {
      id: "https://example.org/indsatser/a/",
      title: "Ældre indsats",
      url: "https://example.org/indsatser/a/",
      updated: new Date("2026-01-05T00:00:00Z"),
      summary: "Første",
    },
    {
      id: "https://example.org/indsatser/b/#aendring-1",
      title: HOSTILE,
      url: "https://example.org/indsatser/b/?x=1&y=2",
      updated: new Date("2026-11-22T00:00:00Z"),
      summary: HOSTILE,
    },
  ],
};

type Text = string | { "#text"?: string; "@_type"?: string };
type Parsed = {
  feed: {
    "@_xmlns": string;
    id: string;
    title: Text;
    updated: string;
    author: { name: string };
    link: { "@_rel": string; "@_href": string }[];
    entry: { id: string; title: Text; updated: string; summary: Text; link: { "@_href": string } }[];
  };
};

const xml = atomFeed(spec);
const parsed = new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(xml) as Parsed;
const text = (value: Text) => (typeof value === "string" ? value : (value["#text"] ?? ""));

describe("atomFeed", () => {
  it("is well-formed XML in the Atom namespace", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(parsed.feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
  });

  it("has every element Atom requires: the feed's id, title, updated and author, each entry's id, title, updated and link", () => {
    const { feed } = parsed;
    expect(feed.id).toBe("https://example.org/feed.xml");
    expect(text(feed.title)).toBe("Lovende praksis & co");
    expect(feed.author.name).toBe("Lovende praksis");
    expect(feed.link).toContainEqual({ "@_rel": "self", "@_href": "https://example.org/feed.xml" });
    expect(feed.link).toContainEqual({ "@_rel": "alternate", "@_href": "https://example.org/" });
    expect(feed.entry).toHaveLength(2);
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^https:\/\/example\.org\//);
      expect(text(entry.title)).not.toBe("");
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);
      expect(entry.link["@_href"]).toMatch(/^https:\/\//);
    }
  });

  it("lists entries newest first and dates the feed by its newest entry", () => {
    expect(parsed.feed.entry.map((entry) => entry.id)).toEqual([
      "https://example.org/indsatser/b/#aendring-1",
      "https://example.org/indsatser/a/",
    ]);
    expect(new Date(parsed.feed.updated)).toEqual(new Date("2026-11-22T00:00:00Z"));
    expect(parsed.feed.entry[0]!.link["@_href"]).toBe("https://example.org/indsatser/b/?x=1&y=2");
  });

  it("keeps a planted hostile title and summary as text: a reader rendering the HTML shows the characters", () => {
    const [hostile] = parsed.feed.entry;
    for (const field of [hostile!.title, hostile!.summary]) {
      expect(typeof field === "object" && field["@_type"]).toBe("html");
      const html = text(field);
      expect(html).not.toMatch(/<script|<b>/);
      // What a feed reader does with type="html": parse it as HTML and show the text.
      const { document } = parseHTML(`<!doctype html><html><body><p>${html}</p></body></html>`);
      expect(document.querySelector("script, b")).toBeNull();
      expect(document.querySelector("p")!.textContent).toBe(HOSTILE.replace("\u0007", ""));
    }
  });

  it("needs an explicit date when there are no entries", () => {
    expect(() => atomFeed({ ...spec, items: [] })).toThrow();
    const empty = atomFeed({ ...spec, items: [] }, new Date("2026-01-01T00:00:00Z"));
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(empty).toContain("<updated>2026-01-01T00:00:00.000Z</updated>");
  });
});
