/**
 * The search index as a step of its own after `astro build` (see SEARCH_INDEX_LATER_ENV in
 * scripts/lib/astro-step.ts): scripts/build.ts and scripts/build-with-content.ts run Astro in a child
 * process with that variable set, and this once the child has exited.
 */
import { buildSearchIndex } from "../../src/integrations/pagefind.ts";
import { listIndexPages } from "./site-pages.ts";

/**
 * Indexes every page of the built site in `dist` that the index takes, logging as Astro's integration does
 * (not at all when `quiet`, as Astro logs nothing below its errors then).
 */
export async function indexBuiltSite(dist: string, { quiet = false } = {}): Promise<void> {
  const pages = listIndexPages(dist).map((page) => page.urlPath);
  await buildSearchIndex(dist, pages, (message) => {
    if (quiet) return;
    const time = new Date().toTimeString().slice(0, 8);
    console.log(`${time} [lovende-praksis:pagefind] ${message}`);
  });
}
