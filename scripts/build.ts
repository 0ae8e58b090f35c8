/**
 * `npm run build`: `astro build`, then the search index in this process once Astro's has exited, so their
 * memory never adds up (scripts/lib/search-index-step.ts). Arguments go to `astro build`.
 * Usage: node scripts/build.ts [astro build options]
 */
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { runAstroStep } from "./lib/astro-step.ts";

const astro = join(dirname(createRequire(import.meta.url).resolve("astro/package.json")), "bin", "astro.mjs");
const astroBuild = runAstroStep([astro, "build", ...process.argv.slice(2)]);
// The index's code loads while Astro builds.
const { indexBuiltSite } = await import("./lib/search-index-step.ts");
const code = await astroBuild;
if (code !== 0) process.exit(code);
await indexBuiltSite(resolve("dist"));
