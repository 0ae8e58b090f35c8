/**
 * Builds the Pagefind search index after `astro build`, with Pagefind's Node API, and serves the last
 * built index during `astro dev` so search can be tried there too.
 * Only pages with `data-pagefind-body` are indexed: the intervention pages, the governance examples, the
 * approach pages and a few pages about the site (such as /bidrag/); the `side` filter tells them apart.
 */
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";
import { routes } from "../lib/catalogue/index.ts";
import { loadDanishLexicon, markCompoundsInHtml, spacedForIndex } from "../lib/search/index.ts";
import { listHtmlPages } from "../../scripts/lib/site-pages.ts";
import { CONTENT_TYPES, resolveFile } from "../../scripts/lib/static-server.ts";

const BUNDLE_DIR = routes.pagefindBundle().replaceAll("/", "");
/**
 * Page parts that are not the entry's own text: the footnote numbers in the text and the list of
 * source notes they point to. Left out of the words, so no excerpt shows "↩" or a source key.
 */
const NOT_TEXT = ["[data-footnote-ref]", "[data-footnotes]"];
/** Pages read and sent to Pagefind together: enough to keep it busy, few enough to bound memory. */
const PAGES_AT_ONCE = 32;

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
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await createIndex({ excludeSelectors: NOT_TEXT });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        // Each page goes in as its spaced copy with compounds marked (see index-text.ts and
        // compound-words.ts); pages without a body are skipped, as Pagefind itself would skip them.
        const lexicon = await loadDanishLexicon();
        const compounds = new Map<string, string>();
        const pages = listHtmlPages(site);
        for (let start = 0; start < pages.length; start += PAGES_AT_ONCE) {
          const batch = pages.slice(start, start + PAGES_AT_ONCE).map(async ({ file, urlPath }) => {
            const html = await readFile(file, "utf8");
            if (!html.includes("data-pagefind-body")) return;
            const content = markCompoundsInHtml(spacedForIndex(html), lexicon, compounds);
            const added = await index.addHTMLFile({ url: urlPath, content });
            if (added.errors.length > 0)
              throw new Error(`Pagefind failed to index ${file}: ${added.errors.join("; ")}`);
          });
          await Promise.all(batch);
        }
        const bundle = join(site, BUNDLE_DIR);
        const written = await index.writeFiles({ outputPath: bundle });
        if (written.errors.length > 0)
          throw new Error(`Pagefind failed to write: ${written.errors.join("; ")}`);
        await close();
        const indexed = indexedPageCount(bundle);
        if (indexed === 0) {
          throw new Error("Pagefind found no pages with data-pagefind-body; the search would be empty.");
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Indexed ${indexed} of ${pages.length} pages for search in ${seconds} s.`);
      },
    },
  };
}
