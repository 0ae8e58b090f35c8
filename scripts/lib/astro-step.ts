/**
 * Astro's build in a child process, for scripts/build.ts and scripts/build-with-content.ts. This module loads
 * nothing else, so they start the child first and load the search index's code (scripts/lib/search-index-step.ts)
 * while Astro builds.
 */
import { spawn } from "node:child_process";

/**
 * Set to "1" in the child: `astro build` then leaves the search index out (src/integrations/pagefind.ts), and the
 * parent builds it once Astro has exited, so the two never hold their memory at the same time (at 3,000 entries
 * Astro's process ends at about 1.6 GB, and Pagefind's needs 0.7 GB). A plain `astro build` still indexes at its end.
 */
export const SEARCH_INDEX_LATER_ENV = "LP_SEARCH_INDEX_LATER";

/**
 * glibc gives each thread of Astro's bundler and compilers a memory arena of its own and keeps what they
 * freed; two arenas take Astro's process at 3,000 entries from about 1.8 to 1.6 GB at the same speed.
 */
const ASTRO_ENV = { [SEARCH_INDEX_LATER_ENV]: "1", MALLOC_ARENA_MAX: process.env["MALLOC_ARENA_MAX"] ?? "2" };

/**
 * V8 grows its heap by a factor it picks itself (up to 4×) after each full collection, and gives little back, so
 * Astro's process at 3,000 entries peaked at 1.8 GB for a live heap of about 330 MB. Growing by 30 % at a time
 * collects more often: three alternated pairs at 3,000 entries gave 1.47 GB instead of 1.84 GB, in 30.6 s instead
 * of 29.4 s. The first 256 MB come without a collection, so a small site (the real catalogue, a test fixture) does
 * not pay for the many collections of a heap that grows from a few megabytes: 4.7 s as before instead of 5.1 s
 * (BENCHMARKS.md). Unlike a size limit, neither can stop a larger catalogue's build.
 */
const ASTRO_NODE_FLAGS = ["--heap-growing-percent=30", "--initial-heap-size=256"];

/** Runs `node <args>` with the flags and environment above and the parent's output; resolves to its exit code. */
export function runAstroStep(args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...ASTRO_NODE_FLAGS, ...args], {
      stdio: "inherit",
      env: { ...process.env, ...ASTRO_ENV },
    });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
