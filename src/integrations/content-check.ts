/**
 * Runs `npm run check` inside `astro build`, before any content is loaded or compiled, so a broken
 * entry stops the build with exactly the messages the check prints (file:line, field, what is wrong,
 * how to fix it) instead of a parser stack trace. In `astro dev` the same problems are logged. After
 * the pages are generated it also lets go of the catalogue-wide reads the pages shared.
 */
import type { AstroIntegration } from "astro";
import { sitePathCheck } from "../lib/catalogue/index.ts";
import { buildTree, checkContent, formatProblem } from "../lib/check/index.ts";

export function contentCheck(): AstroIntegration {
  return {
    name: "lovende-praksis:content-check",
    hooks: {
      "astro:config:setup": ({ command, logger }) => {
        if (command !== "build" && command !== "dev") return;
        const { problems, total } = checkContent(buildTree(), process.cwd(), { sitePathCheck });
        if (problems.length === 0) return;
        const report = problems.map(formatProblem).join("\n");
        const summary = `${total.toLocaleString("da-DK")} problem(er) i indholdet. Ret dem og byg igen; npm run check viser de samme beskeder uden et build. Se CONTRIBUTING.md.`;
        if (command === "dev") {
          logger.error(`${report}\n\n${summary}`);
          return;
        }
        const error = new Error(`Indholdet er ugyldigt:\n\n${report}\n\n${summary}`);
        error.name = "Indholdsfejl";
        error.stack = ""; // the report is the whole story; a stack trace would only bury it
        throw error;
      },
      // Every page is generated: the catalogue-wide reads the pages shared (src/data/once-per-build.ts) are
      // not asked for again, so Pagefind and the last hooks need not run beside them.
      "astro:build:generated": () => {
        const reads = (globalThis as { [PER_BUILD_READS]?: Set<() => void> })[PER_BUILD_READS];
        for (const forget of reads ?? []) forget();
      },
    },
  };
}

/** The registry of src/data/once-per-build.ts (the same Symbol.for key; integrations do not import src/data). */
const PER_BUILD_READS = Symbol.for("lovende-praksis:per-build-reads");
