/** Reading the built Pagefind index in dist/ for tests: the text Pagefind stored for each page. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { DIST } from "./dist.ts";

export type IndexedPage = {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
};

/** Every page's fragment: gzipped, a short signature, then JSON. */
export function indexedPages(): IndexedPage[] {
  const folder = join(DIST, "pagefind", "fragment");
  return readdirSync(folder).map((name) => {
    const text = gunzipSync(readFileSync(join(folder, name))).toString("utf8");
    return JSON.parse(text.slice(text.indexOf("{"))) as IndexedPage;
  });
}

/**
 * A fact label run into the word before it, as in "KommuneFaseEfter grundskolen": the labels of the
 * Fakta boxes on intervention and governance pages, right after a lower-case letter, digit or bracket.
 */
export const GLUED_LABEL =
  /[\p{Ll}\d)](?:Ansvarlig|Fase|Rækkevidde|Sted|Målgruppe|Alder|Forankring|Periode|Status|Læs mere|Fra|Tema)/u;
