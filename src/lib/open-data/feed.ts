/**
 * The Atom 1.0 feed (RFC 4287), written by the maintained `feed` package. That package writes entry titles
 * and summaries as type="html" in CDATA, so a feed reader would render markup in them: every such text is
 * HTML-escaped here first, so a title like "<script>" reaches the reader as text. Characters XML cannot
 * hold (control characters) are dropped from every text.
 */
import { escapeHtml } from "../site/html-text.ts";
import { Feed } from "feed";

export type FeedItem = {
  /** A permanent IRI: the entry's absolute URL, or the URL with a fragment for one event. */
  id: string;
  title: string;
  url: string;
  updated: Date;
  summary: string;
};

export type FeedSpec = {
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own address, for rel="self". */
  selfUrl: string;
  /** The HTML page the feed belongs to. */
  siteUrl: string;
  author: string;
  rights?: string;
  items: readonly FeedItem[];
};

/** Text with the characters XML 1.0 cannot hold removed. */
export function xmlText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

/** Text for a type="html" element: markup characters escaped, so the reader shows them as text. */
export function htmlText(text: string): string {
  return escapeHtml(xmlText(text));
}

/** Items newest first (ties by title), so readers show the latest changes on top. */
export function sortItems(items: readonly FeedItem[]): FeedItem[] {
  const collator = new Intl.Collator("da");
  return [...items].sort(
    (a, b) => b.updated.getTime() - a.updated.getTime() || collator.compare(a.title, b.title),
  );
}

/**
 * The feed as XML. Its <updated> is its newest item's; with no items there is no such date, so the caller
 * must pass one (`fallbackUpdated`), never an invented one. No date is later than `now` (the build's time).
 */
export function atomFeed(spec: FeedSpec, fallbackUpdated?: Date, now: Date = new Date()): string {
  // No date in the feed lies in the future: a later date would pin an item to the top of readers.
  const notAfterNow = (date: Date) => (date.getTime() > now.getTime() ? now : date);
  const items = sortItems(spec.items.map((item) => ({ ...item, updated: notAfterNow(item.updated) })));
  const updated = items[0]?.updated ?? (fallbackUpdated && notAfterNow(fallbackUpdated));
  if (!updated) throw new Error("An Atom feed without entries needs a fallback <updated> date.");
  const feed = new Feed({
    id: spec.id,
    title: xmlText(spec.title),
    ...(spec.subtitle ? { description: xmlText(spec.subtitle) } : {}),
    link: spec.siteUrl,
    feedLinks: { atom: spec.selfUrl },
    author: { name: xmlText(spec.author) },
    ...(spec.rights ? { copyright: xmlText(spec.rights) } : {}),
    updated,
    language: "da",
    generator: false,
  });
  for (const item of items) {
    feed.addItem({
      id: item.id,
      title: htmlText(item.title),
      link: item.url,
      date: item.updated,
      description: htmlText(item.summary),
    });
  }
  return feed.atom1();
}
