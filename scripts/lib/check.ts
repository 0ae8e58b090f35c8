/**
 * Validates all content (interventions, phase introductions and the links registry) with the schemas
 * the build uses, plus the MDX lint. Used by `npm run check` and, with the same messages, by the build.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "astro/zod";
import { parse as parseToml } from "smol-toml";
import { CONTENT_PATHS } from "../../src/lib/content-paths.ts";
import { standaloneInterventionSchema, type InterventionData } from "../../src/lib/intervention-schema.ts";
import { linkSchema } from "../../src/lib/link-schema.ts";
import { createPhaseIntroSchema } from "../../src/lib/phase-intro-schema.ts";
import { createPartIntroSchema } from "../../src/lib/part-intro-schema.ts";
import { standaloneGovernanceSchema, type GovernanceData } from "../../src/lib/governance-schema.ts";
import { SLUG_PATTERN, slugify } from "../../src/lib/slug.ts";
import { closestMatch } from "../../src/lib/suggest.ts";
import { displayPath, listFiles, readContentFile, type ContentFile } from "./content-files.ts";
import { lintMdx } from "./mdx-lint.ts";

export type Problem = { path: string; line?: number | undefined; field: string; message: string };

/** The folders and files of one content tree, as in src/lib/content-paths.ts. */
export type ContentTree = {
  interventions: string;
  phases: string;
  parts: string;
  governance: string;
  links: string;
};

const BODY = "brødtekst";

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.path}:${problem.line}` : problem.path;
  return `${where}  ${problem.field}: ${problem.message}`;
}

const didYouMean = (value: string, known: Iterable<string>) => {
  const match = closestMatch(
    value,
    [...known].map((id) => ({ value: id })),
  );
  return match ? ` Mente du: "${match}"?` : "";
};

/** Schema issues of one file, each with the line of the field it is about. */
function schemaProblems(file: ContentFile, schema: z.ZodType): { problems: Problem[]; data?: unknown } {
  if (file.yamlError) {
    return {
      problems: [
        {
          path: file.path,
          line: file.yamlErrorLine,
          field: "frontmatter",
          message: `YAML-fejl: ${file.yamlError}`,
        },
      ],
    };
  }
  const result = schema.safeParse(file.frontmatter);
  if (result.success) return { problems: [], data: result.data };
  const problems = result.error.issues.map((issue) => {
    const where = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]!] : issue.path;
    return {
      path: file.path,
      line: file.lineOf(where),
      field: issue.path.join(".") || "(frontmatter)",
      message: issue.message,
    };
  });
  return { problems };
}

function bodyProblems(file: ContentFile, format: "mdx" | "md"): Problem[] {
  return lintMdx(file.source, { format }).map((issue) => ({
    path: file.path,
    line: issue.line,
    field: BODY,
    message: issue.message,
  }));
}

/** Interventions: schema, references to other entries and links, file names, duplicate titles and the MDX lint. */
export function checkFiles(files: ContentFile[], linkIds: ReadonlySet<string>): Problem[] {
  const schema = standaloneInterventionSchema;
  const ids = new Set(files.map((file) => file.id));
  const titles = new Map<string, ContentFile>();
  const problems: Problem[] = [];
  for (const file of files) {
    const checked = schemaProblems(file, schema);
    problems.push(...checked.problems);
    problems.push(...bodyProblems(file, "mdx"));
    const title = (file.frontmatter as { title?: unknown } | undefined)?.title;
    if (!SLUG_PATTERN.test(file.id)) {
      const suggestion = typeof title === "string" ? ` Mente du: "${slugify(title)}.mdx"?` : "";
      problems.push({
        path: file.path,
        field: "filnavn",
        message: `"${file.id}.mdx" er ikke et gyldigt filnavn. Brug små bogstaver a–z, tal og bindestreger; æ, ø og å skrives ae, oe og aa.${suggestion}`,
      });
    }
    if (typeof title === "string") {
      const key = slugify(title);
      const earlier = titles.get(key);
      if (earlier) {
        problems.push({
          path: file.path,
          line: file.lineOf(["title"]),
          field: "title",
          message: `"${title}" bruges allerede af ${earlier.path}. Ret den fil i stedet, eller giv indsatsen et navn, der skiller sig ud, fx med kommunens navn.`,
        });
      } else titles.set(key, file);
    }
    if (!checked.data) continue;
    const data = checked.data as InterventionData;
    data.related.forEach((related, index) => {
      if (!ids.has(related)) {
        problems.push({
          path: file.path,
          line: file.lineOf(["related", index]),
          field: `related.${index}`,
          message: `"${related}" findes ikke. Brug filnavnet (uden .mdx) på en anden indsats.${didYouMean(related, ids)}`,
        });
      }
    });
    for (const [element, score] of Object.entries(data.scores)) {
      score!.basis.forEach((basis, index) => {
        if ("link" in basis && !linkIds.has(basis.link)) {
          problems.push({
            path: file.path,
            line: file.lineOf(["scores", element, "basis", index, "link"]),
            field: `scores.${element}.basis.${index}.link`,
            message: `"${basis.link}" findes ikke i content/links.toml. Grundlaget skal pege på et link, der findes.${didYouMean(basis.link, linkIds)}`,
          });
        }
      });
    }
    data.sources.forEach((source, index) => {
      if ("link" in source && !linkIds.has(source.link)) {
        problems.push({
          path: file.path,
          line: file.lineOf(["sources", index, "link"]),
          field: `sources.${index}.link`,
          message: `"${source.link}" findes ikke i content/links.toml. Tilføj linket dér, eller ret id'et.${didYouMean(source.link, linkIds)}`,
        });
      }
    });
  }
  return problems;
}

/** Phase introductions: schema, link references and the Markdown lint (no raw HTML). */
export function checkPhaseFiles(files: ContentFile[], linkIds: ReadonlySet<string>): Problem[] {
  return checkIntroFiles(files, linkIds, createPhaseIntroSchema(z.string()));
}

/** Part introductions (content/parts/): the same rules as phase introductions. */
export function checkPartFiles(files: ContentFile[], linkIds: ReadonlySet<string>): Problem[] {
  return checkIntroFiles(files, linkIds, createPartIntroSchema(z.string()));
}

function checkIntroFiles(files: ContentFile[], linkIds: ReadonlySet<string>, schema: z.ZodType): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    const checked = schemaProblems(file, schema);
    problems.push(...checked.problems, ...bodyProblems(file, "md"));
    const links = (checked.data as { links?: string[] } | undefined)?.links ?? [];
    links.forEach((link, index) => {
      if (!linkIds.has(link)) {
        problems.push({
          path: file.path,
          line: file.lineOf(["links", index]),
          field: `links.${index}`,
          message: `"${link}" findes ikke i content/links.toml.${didYouMean(link, linkIds)}`,
        });
      }
    });
  }
  return problems;
}

/** Governance and collaboration examples: schema, file names, duplicate titles, link references, Markdown lint. */
export function checkGovernanceFiles(files: ContentFile[], linkIds: ReadonlySet<string>): Problem[] {
  const titles = new Map<string, ContentFile>();
  const problems: Problem[] = [];
  for (const file of files) {
    const checked = schemaProblems(file, standaloneGovernanceSchema);
    problems.push(...checked.problems, ...bodyProblems(file, "md"));
    const title = (file.frontmatter as { title?: unknown } | undefined)?.title;
    if (!SLUG_PATTERN.test(file.id)) {
      const suggestion = typeof title === "string" ? ` Mente du: "${slugify(title)}.md"?` : "";
      problems.push({
        path: file.path,
        field: "filnavn",
        message: `"${file.id}.md" er ikke et gyldigt filnavn. Brug små bogstaver a–z, tal og bindestreger; æ, ø og å skrives ae, oe og aa.${suggestion}`,
      });
    }
    if (typeof title === "string") {
      const earlier = titles.get(slugify(title));
      if (earlier) {
        problems.push({
          path: file.path,
          line: file.lineOf(["title"]),
          field: "title",
          message: `"${title}" bruges allerede af ${earlier.path}. Ret den fil i stedet, eller giv eksemplet et navn, der skiller sig ud.`,
        });
      } else titles.set(slugify(title), file);
    }
    const data = checked.data as GovernanceData | undefined;
    data?.links.forEach((link, index) => {
      if (!linkIds.has(link)) {
        problems.push({
          path: file.path,
          line: file.lineOf(["links", index]),
          field: `links.${index}`,
          message: `"${link}" findes ikke i content/links.toml. Tilføj linket dér, eller ret id'et.${didYouMean(link, linkIds)}`,
        });
      }
    });
  }
  return problems;
}

/** The links registry: TOML syntax and each entry against the link schema. */
export function checkLinks(file: string, root: string): { ids: Set<string>; problems: Problem[] } {
  const path = displayPath(file, root);
  const text = readFileSync(file, "utf8");
  let links: Record<string, unknown>;
  try {
    links = parseToml(text);
  } catch (error) {
    const line = (error as { line?: number }).line;
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return {
      ids: new Set(),
      problems: [{ path, line, field: "TOML", message: `TOML-fejl: ${message}` }],
    };
  }
  const lines = text.split("\n");
  const problems: Problem[] = [];
  for (const [id, entry] of Object.entries(links)) {
    const result = linkSchema.safeParse(entry);
    if (result.success) continue;
    const header = lines.findIndex((line) => line.trim() === `[${id}]` || line.trim() === `["${id}"]`);
    for (const issue of result.error.issues) {
      problems.push({
        path,
        line: header >= 0 ? header + 1 : undefined,
        field: [id, ...issue.path].join("."),
        message: issue.message,
      });
    }
  }
  return { ids: new Set(Object.keys(links)), problems };
}

export type CheckResult = {
  problems: Problem[];
  counts: { interventions: number; phases: number; parts: number; governance: number; links: number };
};

/** Everything under one content tree, paths reported relative to `root`. */
export function checkContent(tree: ContentTree, root: string): CheckResult {
  const read = (base: string, extension: string) =>
    existsSync(base) ? listFiles(base, extension).map((file) => readContentFile(file, root, base)) : [];
  const links = existsSync(tree.links)
    ? checkLinks(tree.links, root)
    : {
        ids: new Set<string>(),
        problems: [{ path: displayPath(tree.links, root), field: "fil", message: "Filen findes ikke." }],
      };
  const interventions = read(tree.interventions, ".mdx");
  const phases = read(tree.phases, ".md");
  const parts = read(tree.parts, ".md");
  const governance = read(tree.governance, ".md");
  return {
    problems: [
      ...links.problems,
      ...checkFiles(interventions, links.ids),
      ...checkPhaseFiles(phases, links.ids),
      ...checkPartFiles(parts, links.ids),
      ...checkGovernanceFiles(governance, links.ids),
    ],
    counts: {
      interventions: interventions.length,
      phases: phases.length,
      parts: parts.length,
      governance: governance.length,
      links: links.ids.size,
    },
  };
}

/** The content tree under a folder laid out like content/. */
export function contentTree(dir: string): ContentTree {
  return {
    interventions: join(dir, "interventions"),
    phases: join(dir, "phases"),
    parts: join(dir, "parts"),
    governance: join(dir, "governance"),
    links: join(dir, "links.toml"),
  };
}

/** The content tree the build reads: CONTENT_PATHS, which follows LP_CONTENT_DIR. */
export function buildTree(): ContentTree {
  return {
    interventions: resolve(CONTENT_PATHS.interventions.base),
    phases: resolve(CONTENT_PATHS.phases.base),
    parts: resolve(CONTENT_PATHS.parts.base),
    governance: resolve(CONTENT_PATHS.governance.base),
    links: resolve(CONTENT_PATHS.links),
  };
}
