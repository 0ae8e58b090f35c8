/**
 * The editors' review list in the terminal: the same entries in the same order as /gennemgang/
 * (src/lib/catalogue/review.ts), as of the build date (BUILD_DATE, else today).
 * Usage: npm run review [-- --due]   (only what is due; `npm run review --due` works too)
 */
import { resolve } from "node:path";
import { buildTree, checkContent, formatProblem } from "../src/lib/check/index.ts";
import { listMdxFiles, readContentFile } from "./lib/content-files.ts";
import { BUILD_DATE, linkDatesOf, reviewList, reviewText, routes } from "../src/lib/catalogue/index.ts";
import { CONTENT_PATHS, readLinksFile } from "../src/lib/content/index.ts";
import { standaloneInterventionSchema } from "../src/lib/schema/index.ts";
import { editUrl, LOCAL_SITE_URL, PUBLIC_SITE_URL } from "../src/lib/site/index.ts";

/** `--due` after `--`, or as npm's own flag (`npm run review --due` sets npm_config_due). */
export function dueOnly(argv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  return argv.includes("--due") || (env["npm_config_due"] !== undefined && env["npm_config_due"] !== "false");
}

if (import.meta.main) {
  // The list is only as good as the content: the same check as `npm run check` first.
  const { problems } = checkContent(buildTree(), process.cwd());
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`\n${problems.length} problem(er). Ret dem (npm run check), før listen kan laves.`);
    process.exit(1);
  }
  const site = PUBLIC_SITE_URL ?? LOCAL_SITE_URL;
  const links = readLinksFile(resolve(CONTENT_PATHS.links), CONTENT_PATHS.links).links ?? {};
  const entries = listMdxFiles(CONTENT_PATHS.interventions.base).map((file) => {
    const { id, frontmatter } = readContentFile(file, process.cwd());
    return {
      id,
      url: new URL(routes.intervention(id), site).href,
      editUrl: editUrl(id),
      data: standaloneInterventionSchema.parse(frontmatter),
    };
  });
  const context = {
    buildDate: BUILD_DATE,
    linkDates: linkDatesOf(links as Record<string, { published?: string }>),
  };
  console.log(
    reviewText(reviewList(entries, context), BUILD_DATE, { dueOnly: dueOnly(process.argv, process.env) }),
  );
}
