/**
 * Validates every intervention against the same schema the build uses, without a build.
 * Usage: npm run check [-- <content dir>]
 */
import { resolve } from "node:path";
import { z } from "astro/zod";
import { createInterventionSchema } from "../src/lib/intervention-schema.ts";
import { CONTENT_PATHS } from "../src/lib/content-paths.ts";
import { listMdxFiles, readContentFile, readLinks, type ContentFile } from "./lib/content-files.ts";

export type Problem = { path: string; line?: number | undefined; field: string; message: string };

export function checkFiles(files: ContentFile[], linkIds: ReadonlySet<string>): Problem[] {
  const schema = createInterventionSchema({ intervention: z.string(), link: z.string() });
  const ids = new Set(files.map((file) => file.id));
  const problems: Problem[] = [];
  for (const file of files) {
    if (file.yamlError) {
      problems.push({ path: file.path, field: "frontmatter", message: `YAML-fejl: ${file.yamlError}` });
      continue;
    }
    const result = schema.safeParse(file.frontmatter);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.join(".") || "(frontmatter)";
        const top = String(issue.path[0] ?? "");
        problems.push({ path: file.path, line: file.keyLines.get(top), field, message: issue.message });
      }
      continue;
    }
    result.data.related.forEach((related, index) => {
      if (!ids.has(related)) {
        problems.push({
          path: file.path,
          line: file.keyLines.get("related"),
          field: `related.${index}`,
          message: `"${related}" findes ikke. Brug filnavnet (uden .mdx) på en anden indsats.`,
        });
      }
    });
    result.data.sources.forEach((source, index) => {
      if ("link" in source && !linkIds.has(source.link)) {
        problems.push({
          path: file.path,
          line: file.keyLines.get("sources"),
          field: `sources.${index}.link`,
          message: `"${source.link}" findes ikke i content/links.toml. Tilføj linket dér, eller ret id'et.`,
        });
      }
    });
  }
  return problems;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.path}:${problem.line}` : problem.path;
  return `${where}  ${problem.field}: ${problem.message}`;
}

if (import.meta.main) {
  const dir = resolve(process.argv[2] ?? CONTENT_PATHS.interventions.base);
  const files = listMdxFiles(dir).map((file) => readContentFile(file, process.cwd()));
  const problems = checkFiles(files, new Set(Object.keys(readLinks(CONTENT_PATHS.links))));
  for (const problem of problems) console.error(formatProblem(problem));
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(er) i ${files.length} filer.`);
    process.exit(1);
  }
  console.log(`Indholdet er gyldigt: ${files.length} indsatser.`);
}
