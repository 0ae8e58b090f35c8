import { describe, expect, it } from "vitest";
import { atomDate, atomFeed, escapeXml, type AtomFeed } from "./atom.ts";

const feed: AtomFeed = {
  id: "https://example.org/feed.xml",
  title: "Lovende praksis",
  selfUrl: "https://example.org/feed.xml",
  siteUrl: "https://example.org/",
  author: "Lovende praksis",
  entries: [
    {
      id: "https://example.org/indsatser/a/",
      title: "Ældre indsats",
      url: "https://example.org/indsatser/a/",
      updated: new Date("2026-01-05"),
      summary: "Første",
    },
    {
      id: "https://example.org/indsatser/b/",
      title: 'B & "C" <D>',
      url: "https://example.org/indsatser/b/?x=1&y=2",
      updated: new Date("2026-11-22"),
      summary: "Anden",
    },
  ],
};

describe("escapeXml", () => {
  it("escapes markup characters and drops characters XML cannot hold", () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe("a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;");
    expect(escapeXml("bip\u0007")).toBe("bip");
  });
});

describe("atomFeed", () => {
  const xml = atomFeed(feed);

  it("has the elements Atom requires, with the self link", () => {
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
    );
    expect(xml).toContain("<id>https://example.org/feed.xml</id>");
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="https://example.org/feed.xml"/>',
    );
    expect(xml).toContain("<author><name>Lovende praksis</name></author>");
    expect(xml.trimEnd().endsWith("</feed>")).toBe(true);
  });

  it("lists entries newest first and dates the feed by its newest entry", () => {
    expect(xml.indexOf("<title>B &amp;")).toBeLessThan(xml.indexOf("<title>Ældre indsats"));
    expect(xml).toContain("<updated>2026-11-22T00:00:00Z</updated>\n  <link");
    expect(xml.match(/<entry>/g)).toHaveLength(2);
  });

  it("escapes titles and URLs", () => {
    expect(xml).toContain("<title>B &amp; &quot;C&quot; &lt;D&gt;</title>");
    expect(xml).toContain('href="https://example.org/indsatser/b/?x=1&amp;y=2"');
  });

  it("needs an explicit date when there are no entries", () => {
    expect(() => atomFeed({ ...feed, entries: [] })).toThrow();
    expect(atomFeed({ ...feed, entries: [] }, new Date("2026-01-01"))).toContain(
      `<updated>${atomDate(new Date("2026-01-01"))}</updated>`,
    );
  });
});
