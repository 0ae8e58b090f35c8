/**
 * The search index as a step of its own after `astro build` (see SEARCH_INDEX_LATER_ENV in
 * src/integrations/pagefind.ts): scripts/build.ts and scripts/build-with-content.ts run Astro in a child
 * process with that variable set, and this once the child has exited.
 */
import { spawn } from "node:child_process";
import { buildSearchIndex, SEARCH_INDEX_LATER_ENV } from "../../src/integrations/pagefind.ts";
import { listIndexPages } from "./site-pages.ts";

/**
 * glibc gives each thread of Astro's bundler and compilers a memory arena of its own and keeps what they
 * freed; two arenas take Astro's process at 3,000 entries from about 1.8 to 1.6 GB at the same speed.
 */
const ASTRO_ENV = { [SEARCH_INDEX_LATER_ENV]: "1", MALLOC_ARENA_MAX: process.env["MALLOC_ARENA_MAX"] ?? "2" };

/** Runs `node <args>` with the environment above and the parent's output; resolves to its exit code. */
export function runAstroStep(args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: "inherit", env: { ...process.env, ...ASTRO_ENV } });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

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
