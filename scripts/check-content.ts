/**
 * Validates all content against the same schemas and MDX rules the build uses, without a build.
 * Usage: npm run check [-- <content dir>]   (default: content/, or LP_CONTENT_DIR)
 */
import { resolve } from "node:path";
import { sitePathCheck } from "../src/lib/catalogue/index.ts";
import { buildTree, checkContent, contentTree, formatProblem } from "../src/lib/check/index.ts";

export { checkFiles, formatProblem, type Problem } from "../src/lib/check/index.ts";

if (import.meta.main) {
  const started = performance.now();
  const dir = process.argv[2];
  const { problems, total, counts } = checkContent(
    dir ? contentTree(resolve(dir)) : buildTree(),
    process.cwd(),
    { sitePathCheck },
  );
  for (const problem of problems) console.error(formatProblem(problem));
  const files = `${counts.interventions} indsatser, ${counts.phases} faseintroduktioner, ${counts.parts} delintroduktioner, ${counts.governance} styringseksempler og ${counts.links} links`;
  if (problems.length > 0) {
    console.error(
      `\n${total.toLocaleString("da-DK")} problem(er) i ${files}. Se CONTRIBUTING.md for felterne og reglerne.`,
    );
    process.exit(1);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`Indholdet er gyldigt: ${files} (${seconds} s).`);
}
