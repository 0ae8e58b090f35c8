/**
 * Builds the Pagefind search index after `astro build`, with Pagefind's Node API, and serves the last
 * built index during `astro dev` so search can be tried there too.
 * Only pages with `data-pagefind-body` are indexed: the intervention pages, the governance examples, the
 * approach pages and a few pages about the site (such as /bidrag/); the `side` filter tells them apart.
 * Only those pages are read (INDEXED_PAGES), not every page of the build: at 3000 entries the others
 * are 700 pages and tens of megabytes (/gennemgang/ alone is 8 MB).
 */
import { createReadStream, existsSync, readFileSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";
import { routes } from "../lib/catalogue/index.ts";
import {
  loadDanishLexicon,
  markCompoundsInHtml,
  pagefindBodyTag,
  SEARCH_RECORDS_FILE,
  spacedForIndex,
  withSearchRecord,
  type SearchRecords,
} from "../lib/search/index.ts";
import { CONTENT_TYPES, resolveFile } from "../../scripts/lib/static-server.ts";
import { SEARCH_INDEX_LATER_ENV } from "../../scripts/lib/astro-step.ts";

const BUNDLE_DIR = routes.pagefindBundle().replaceAll("/", "");
/**
 * Page parts that are not the entry's own text: the footnote numbers in the text and the list of
 * source notes they point to. Left out of the words, so no excerpt shows "↩" or a source key.
 */
const NOT_TEXT = ["[data-footnote-ref]", "[data-footnotes]"];
/** Pages read and on their way to Pagefind at once: enough to keep it busy, few enough to bound memory. */
const PAGES_AT_ONCE = 32;
/** The parsed Danish lexicon is kept here between builds (see loadDanishLexicon). */
const CACHE_DIR = resolve("node_modules", ".cache", "lovende-praksis");

const slugRoute = (route: (slug: string) => string): RegExp => {
  const [before, after] = route("\u0000").split("\u0000") as [string, string];
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return new RegExp(`^${escape(before)}[^/]+${escape(after)}$`);
};

/**
 * The URL paths of the pages that may carry data-pagefind-body; only these are read. Any other page
 * that did would be left out of the index: tests/site/search-index.test.ts checks that none does.
 */
export const INDEXED_PAGES: readonly RegExp[] = [
  slugRoute(routes.intervention),
  slugRoute(routes.governanceExample),
  slugRoute(routes.approach as (slug: string) => string),
  new RegExp(`^${routes.contribute()}$`),
];

/** The URL path of a page Astro built ("indsatser/a/" or "/indsatser/a/"), with slashes at both ends. */
function urlPathOf(pathname: string): string {
  return `/${pathname}/`.replace(/\/+/g, "/");
}

/** Pages in the written index, across languages; only pages with data-pagefind-body count. */
function indexedPageCount(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

export function pagefind(): AstroIntegration {
  let outDir = "";
  return {
    name: "lovende-praksis:pagefind",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      "astro:server:setup": ({ server, logger }) => {
        const bundle = join(outDir, BUNDLE_DIR);
        if (!existsSync(bundle)) {
          logger.warn("No search index yet: /soeg/ explains this. Run `npm run build` once to build one.");
        }
        server.middlewares.use(routes.pagefindBundle(), (request, response, next) => {
          const file = resolveFile(bundle, request.url ?? "/");
          if (!file) return next();
          response.setHeader("content-type", CONTENT_TYPES[extname(file)] ?? "application/octet-stream");
          createReadStream(file).pipe(response);
        });
      },
      "astro:build:done": async ({ dir, pages, logger }) => {
        if (process.env[SEARCH_INDEX_LATER_ENV] === "1") {
          logger.info("The search index is built next, in a process of its own (scripts/build.ts).");
          return;
        }
        await buildSearchIndex(
          fileURLToPath(dir),
          pages.map(({ pathname }) => pathname),
          (message) => logger.info(message),
        );
      },
    },
  };
}

/** The search records the build wrote (src/pages/search-records.json.ts), by page. */
function readSearchRecords(site: string): Map<string, SearchRecords[string]> {
  const file = join(site, SEARCH_RECORDS_FILE);
  if (!existsSync(file)) throw new Error(`${file} is missing: the search index would have no filters.`);
  return new Map(Object.entries(JSON.parse(readFileSync(file, "utf8")) as SearchRecords));
}

/**
 * Indexes the built site in the folder `site`: of `pages` (URL paths as Astro lists them), those that
 * INDEXED_PAGES names, each as its spaced copy with compounds marked.
 */
export async function buildSearchIndex(
  site: string,
  pages: readonly string[],
  log: (message: string) => void,
): Promise<void> {
  const started = performance.now();
  const { index, errors } = await createIndex({ excludeSelectors: NOT_TEXT });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const candidates = [...new Set(pages.map(urlPathOf))].filter((path) =>
    INDEXED_PAGES.some((pattern) => pattern.test(path)),
  );
  const records = readSearchRecords(site);
  // Each page goes in as its spaced copy with compounds marked (see index-text.ts and
  // compound-words.ts), with its search record when the build wrote one; pages without a body are
  // skipped, as Pagefind itself would skip them. The lexicon loads with the first page that needs it.
  const compounds = new Map<string, string>();
  const indexPage = async (urlPath: string): Promise<void> => {
    const file = join(site, urlPath, "index.html");
    const read = await readFile(file, "utf8");
    const record = records.get(urlPath);
    records.delete(urlPath);
    const html = record ? withSearchRecord(read, record) : read;
    if (html === undefined) throw new Error(`${file} has a search record but no data-pagefind-body element.`);
    const from = pagefindBodyTag(html)?.start;
    if (from === undefined) return;
    // Text before the first body element is never indexed (the head, the site's header):
    // compounds are marked from the tag that opens it.
    const lexicon = await loadDanishLexicon({ cacheDir: CACHE_DIR });
    const content =
      html.slice(0, from) + markCompoundsInHtml(spacedForIndex(html.slice(from)), lexicon, compounds);
    const added = await index.addHTMLFile({ url: urlPath, content });
    if (added.errors.length > 0)
      throw new Error(`Pagefind failed to index ${file}: ${added.errors.join("; ")}`);
  };
  // A sliding window rather than batches: the next pages are read and marked here while
  // Pagefind (a process of its own, one page at a time) indexes the earlier ones.
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < candidates.length) await indexPage(candidates[next++]!);
  };
  await Promise.all(Array.from({ length: PAGES_AT_ONCE }, worker));
  if (records.size > 0)
    throw new Error(`Search records for pages that were not indexed: ${[...records.keys()].join(", ")}`);
  rmSync(join(site, SEARCH_RECORDS_FILE), { force: true });
  const bundle = join(site, BUNDLE_DIR);
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length > 0) throw new Error(`Pagefind failed to write: ${written.errors.join("; ")}`);
  await close();
  const indexed = indexedPageCount(bundle);
  if (indexed === 0) {
    throw new Error("Pagefind found no pages with data-pagefind-body; the search would be empty.");
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`Indexed ${indexed} of ${pages.length} pages (${candidates.length} read) for search in ${seconds} s.`);
}
