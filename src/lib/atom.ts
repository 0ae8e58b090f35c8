/** A hand-written Atom 1.0 feed (RFC 4287): no dependency, every text escaped. */

export type AtomEntry = {
  /** A permanent IRI; the entry's absolute URL. */
  id: string;
  title: string;
  url: string;
  updated: Date;
  summary: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own address, for rel="self". */
  selfUrl: string;
  /** The HTML page the feed belongs to. */
  siteUrl: string;
  author: string;
  rights?: string;
  entries: readonly AtomEntry[];
};

export function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

/** RFC 3339 in UTC, as Atom requires: 2026-11-22T00:00:00Z. */
export const atomDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/** Entries newest first (ties by title), so readers show the latest changes on top. */
export function sortEntries(entries: readonly AtomEntry[]): AtomEntry[] {
  const collator = new Intl.Collator("da");
  return [...entries].sort(
    (a, b) => b.updated.getTime() - a.updated.getTime() || collator.compare(a.title, b.title),
  );
}

/**
 * The feed's <updated> is its newest entry's; with no entries there is no such date, so the
 * caller must pass one (`fallbackUpdated`), never an invented one. No date is later than `now`
 * (the build's time).
 */
export function atomFeed(feed: AtomFeed, fallbackUpdated?: Date, now: Date = new Date()): string {
  // No date in the feed lies in the future: a later date would pin an entry to the top of readers.
  const notAfterNow = (date: Date) => (date.getTime() > now.getTime() ? now : date);
  const entries = sortEntries(
    feed.entries.map((entry) => ({ ...entry, updated: notAfterNow(entry.updated) })),
  );
  const updated = entries[0]?.updated ?? (fallbackUpdated && notAfterNow(fallbackUpdated));
  if (!updated) throw new Error("An Atom feed without entries needs a fallback <updated> date.");
  const text = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
  const link = (href: string, rel: string, type: string) =>
    `<link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">',
    `  ${text("id", feed.id)}`,
    `  ${text("title", feed.title)}`,
    ...(feed.subtitle ? [`  ${text("subtitle", feed.subtitle)}`] : []),
    `  ${text("updated", atomDate(updated))}`,
    `  ${link(feed.selfUrl, "self", "application/atom+xml")}`,
    `  ${link(feed.siteUrl, "alternate", "text/html")}`,
    `  <author>${text("name", feed.author)}</author>`,
    ...(feed.rights ? [`  ${text("rights", feed.rights)}`] : []),
    ...entries.flatMap((entry) => [
      "  <entry>",
      `    ${text("id", entry.id)}`,
      `    ${text("title", entry.title)}`,
      `    ${text("updated", atomDate(entry.updated))}`,
      `    ${link(entry.url, "alternate", "text/html")}`,
      `    ${text("summary", entry.summary)}`,
      "  </entry>",
    ]),
    "</feed>",
    "",
  ].join("\n");
}
