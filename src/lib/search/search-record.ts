/**
 * What the search index learns about a page beyond its text (Pagefind filters and the meta a result line shows)
 * when the page itself need not carry it. An intervention's page is the page most readers arrive on; its filters
 * and result meta are a tenth of its HTML and no reader sees them. So the build writes every intervention's record
 * to one file (SEARCH_RECORDS_FILE, from src/pages/search-records.json.ts), the index step adds each record to
 * the copy of its page that Pagefind reads, and deletes the file (src/integrations/pagefind.ts).
 */
import { escapeHtml, escapeHtmlAttribute } from "../site/html-text.ts";

/** One page's filters ("key:value") and meta (key → text), as Pagefind reads them from HTML. */
export type SearchRecord = {
  filters: readonly string[];
  meta: Readonly<Record<string, string>>;
};

/** The records of one build, by the URL path of their page ("/indsatser/a/"). */
export type SearchRecords = Readonly<Record<string, SearchRecord>>;

/** Written into the build's output by Astro and removed once the search index is built. */
export const SEARCH_RECORDS_FILE = "search-records.json";

/** The record as hidden HTML for Pagefind: data-pagefind-ignore keeps its text out of the page's words. */
export function searchRecordHtml(record: SearchRecord): string {
  const filters = record.filters.map(
    (filter) => `<span data-pagefind-filter="${escapeHtmlAttribute(filter)}"></span>`,
  );
  const meta = Object.entries(record.meta).map(
    ([key, value]) => `<span data-pagefind-meta="${escapeHtmlAttribute(key)}">${escapeHtml(value)}</span>`,
  );
  return `<div hidden data-pagefind-ignore>${filters.join("")}${meta.join("")}</div>`;
}

/**
 * `html` with the record inside its data-pagefind-body element, right after that element's opening tag, where
 * Pagefind reads filters and meta. Undefined when the page has no such element.
 */
export function withSearchRecord(html: string, record: SearchRecord): string | undefined {
  const tag = pagefindBodyTag(html);
  if (!tag) return undefined;
  return html.slice(0, tag.end) + searchRecordHtml(record) + html.slice(tag.end);
}

/** Where the opening tag of the page's data-pagefind-body element starts and ends, or undefined without one. */
export function pagefindBodyTag(html: string): { start: number; end: number } | undefined {
  const tag = BODY_TAG.exec(html);
  return tag ? { start: tag.index, end: tag.index + tag[0].length } : undefined;
}

/**
 * An opening tag with the data-pagefind-body attribute, read attribute by attribute (values in double quotes,
 * as Astro writes them), so the words inside a value, such as an editor's summary in the description, never match.
 */
const ATTRIBUTE = String.raw`\s+[\w:-]+(?:="[^"]*")?`;
const BODY_TAG = new RegExp(
  String.raw`<[a-z][\w-]*(?:${ATTRIBUTE})*?\s+data-pagefind-body(?:="[^"]*")?(?:${ATTRIBUTE})*\s*>`,
);
