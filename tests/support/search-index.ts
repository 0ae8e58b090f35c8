/** Reading the built Pagefind index in dist/ for tests: the text Pagefind stored for each page. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { readableIndexText } from "../../src/lib/search/index.ts";
import { DIST } from "./dist.ts";

export type IndexedPage = {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
};

/** Every page's fragment as stored: gzipped, a short signature, then JSON; compounds still marked. */
export function rawIndexedPages(dist = DIST): IndexedPage[] {
  const folder = join(dist, "pagefind", "fragment");
  return readdirSync(folder).map((name) => {
    const text = gunzipSync(readFileSync(join(folder, name))).toString("utf8");
    return JSON.parse(text.slice(text.indexOf("{"))) as IndexedPage;
  });
}

/** Every page's text and metadata as the search page shows them: without the compound marks. */
export function indexedPages(): IndexedPage[] {
  return rawIndexedPages().map((page) => ({
    ...page,
    content: readableIndexText(page.content),
    meta: Object.fromEntries(
      Object.entries(page.meta).map(([key, value]) => [key, readableIndexText(value)]),
    ),
  }));
}

/**
 * A fact label run into the word before it, as in "KommuneFaseEfter grundskolen": the labels of the
 * Fakta boxes on intervention and governance pages, right after a lower-case letter, digit or bracket.
 */
export const GLUED_LABEL =
  /[\p{Ll}\d)](?:Ansvarlig|Fase|Rækkevidde|Sted|Målgruppe|Alder|Forankring|Periode|Status|Læs mere|Fra|Tema)/u;

/**
 * Each indexed page's filters as "key:value", by URL path: what Pagefind stored, from the page or from the
 * search record the index step added to it (src/lib/search/search-record.ts).
 */
export function indexedFilters(dist = DIST): Map<string, string[]> {
  return new Map(
    rawIndexedPages(dist).map((page) => [
      new URL(page.url, "http://x").pathname,
      Object.entries(page.filters).flatMap(([key, values]) => values.map((value) => `${key}:${value}`)),
    ]),
  );
}
