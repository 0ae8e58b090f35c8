/**
 * Validates all content (interventions, phase introductions and the links registry) with the schemas
 * the build uses, plus the MDX lint. Used by `npm run check` and, with the same messages, by the build.
 */
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "astro/zod";
import {
  capProblems,
  contentRootProblems,
  displayPath,
  entryProblems,
  formatProblem,
  readEntryFolder,
  type EntryFile,
  type EntryFolder,
  type Problem,
} from "../content/content-files.ts";
import { CONTENT_PATHS, ENTRY_COLLECTIONS, type EntryCollectionName } from "../content/content-paths.ts";
import { compiledSource } from "../content/frontmatter.ts";
import { standaloneInterventionSchema, type InterventionData } from "../schema/intervention-schema.ts";
import { readLinksFile, readLinksText } from "../content/links-file.ts";
import { createPhaseIntroSchema } from "../schema/phase-intro-schema.ts";
import { createPartIntroSchema } from "../schema/part-intro-schema.ts";
import { standaloneGovernanceSchema, type GovernanceData } from "../schema/governance-schema.ts";
import { duplicateTitleProblems } from "../content/duplicate-titles.ts";
import { closestMatch } from "../schema/suggest.ts";
import type { PhaseSlug } from "../vocabulary/phases.ts";
import { lintCompiledSource } from "./mdx-lint.ts";

export { formatProblem, type Problem };

/** A content file as the check reads it: the shared reader's result. */
export type ContentFile = EntryFile & { frontmatter?: unknown };

/** The folders and files of one content tree: one folder per entry collection, plus the links registry. */
export type ContentTree = Record<EntryCollectionName, string> & {
  links: string;
  /** The content root; by default the folder holding links.toml. */
  dir?: string;
};

const BODY = "brødtekst";

const didYouMean = (value: string, known: Iterable<string>) => {
  const match = closestMatch(
    value,
    [...known].map((id) => ({ value: id })),
  );
  return match ? ` Mente du: "${match}"?` : "";
};

/**
 * The schema's verdict on a file's data, computed once per file and schema: the check asks twice (which
 * pages the content makes, then each file's problems).
 */
const verdicts = new WeakMap<ContentFile, Map<z.ZodType, z.ZodSafeParseResult<unknown>>>();
function parsed<T>(file: ContentFile, schema: z.ZodType<T>): z.ZodSafeParseResult<T> {
  let bySchema = verdicts.get(file);
  if (!bySchema) verdicts.set(file, (bySchema = new Map()));
  let result = bySchema.get(schema);
  if (!result) bySchema.set(schema, (result = schema.safeParse(file.data)));
  return result as z.ZodSafeParseResult<T>;
}

/** Schema issues of one file, each with the line of the field it is about. */
function schemaProblems(file: ContentFile, schema: z.ZodType): { problems: Problem[]; data?: unknown } {
  if (file.problems.length > 0) return { problems: entryProblems(file) };
  const result = parsed(file, schema);
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

/** The body, compiled by the build's compiler with the build's guard plugin; only for readable files. */
function bodyProblems(file: ContentFile, format: "mdx" | "md", site?: SitePathCheck): Problem[] {
  if (file.problems.length > 0) return [];
  return lintCompiledSource(compiledSource(file), {
    format,
    fileURL: pathToFileURL(file.file),
    sitePathProblem: site,
  }).map((issue) => ({
    path: file.path,
    line: issue.line,
    field: BODY,
    message: issue.message,
    kind: `${BODY}:${issue.rule}`,
  }));
}

/** Interventions: schema, references to other entries and links, file names, duplicate titles and the MDX lint. */
export function checkFiles(
  files: ContentFile[],
  linkIds: ReadonlySet<string> | undefined,
  site?: SitePathCheck,
): Problem[] {
  const schema = standaloneInterventionSchema;
  const ids = new Set(files.map((file) => file.id));
  const problems: Problem[] = [...duplicateTitleProblems("interventions", files)];
  for (const file of files) {
    const checked = schemaProblems(file, schema);
    problems.push(...checked.problems);
    problems.push(...bodyProblems(file, "mdx", site));
    if (!checked.data) continue;
    const data = checked.data as InterventionData;
    data.related.forEach((related, index) => {
      if (related === file.id) {
        problems.push({
          path: file.path,
          line: file.lineOf(["related", index]),
          field: `related.${index}`,
          message: `"${related}" er indsatsen selv. related skal pege på andre indsatser; slet den.`,
        });
      } else if (!ids.has(related)) {
        problems.push({
          path: file.path,
          line: file.lineOf(["related", index]),
          field: `related.${index}`,
          message: `"${related}" findes ikke. Brug filnavnet (uden .mdx) på en anden indsats.${didYouMean(related, ids)}`,
        });
      }
    });
    data.results.forEach((result, index) => {
      (result.sharedWith ?? []).forEach((other, position) => {
        const at = {
          path: file.path,
          line: file.lineOf(["results", index, "sharedWith", position]),
          field: `results.${index}.sharedWith.${position}`,
        };
        if (other === file.id)
          problems.push({
            ...at,
            message: `"${other}" er indsatsen selv. sharedWith skal pege på de andre indsatser, tallet også gælder for; slet den.`,
          });
        else if (!ids.has(other))
          problems.push({
            ...at,
            message: `"${other}" findes ikke. Brug filnavnet (uden .mdx) på en anden indsats.${didYouMean(other, ids)}`,
          });
        else if (result.sharedWith!.indexOf(other) !== position)
          problems.push({ ...at, message: `"${other}" står to gange i sharedWith. Slet den ene.` });
      });
    });
    for (const [element, score] of Object.entries(data.scores)) {
      score!.basis.forEach((basis, index) => {
        if ("link" in basis && linkIds && !linkIds.has(basis.link)) {
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
      if ("link" in source && linkIds && !linkIds.has(source.link)) {
        problems.push({
          path: file.path,
          line: file.lineOf(["sources", index, "link"]),
          field: `sources.${index}.link`,
          message: `"${source.link}" findes ikke i content/links.toml. Tilføj linket dér, eller ret id'et.${didYouMean(source.link, linkIds)}`,
        });
      }
    });
    const confirmedLink = data.confirmed?.link;
    if (confirmedLink !== undefined && linkIds && !linkIds.has(confirmedLink)) {
      problems.push({
        path: file.path,
        line: file.lineOf(["confirmed", "link"]),
        field: "confirmed.link",
        message: `"${confirmedLink}" findes ikke i content/links.toml. Tilføj enhedens egen side dér, eller ret id'et.${didYouMean(confirmedLink, linkIds)}`,
      });
    }
  }
  return problems;
}

const PHASE_SCHEMA = createPhaseIntroSchema(z.string());

/** Phase introductions: schema, link references and the Markdown lint (no raw HTML). */
export function checkPhaseFiles(
  files: ContentFile[],
  linkIds: ReadonlySet<string> | undefined,
  site?: SitePathCheck,
): Problem[] {
  return checkIntroFiles(files, linkIds, PHASE_SCHEMA, site);
}

/** Part introductions (content/parts/): the same rules as phase introductions. */
export function checkPartFiles(
  files: ContentFile[],
  linkIds: ReadonlySet<string> | undefined,
  site?: SitePathCheck,
): Problem[] {
  return checkIntroFiles(files, linkIds, createPartIntroSchema(z.string()), site);
}

function checkIntroFiles(
  files: ContentFile[],
  linkIds: ReadonlySet<string> | undefined,
  schema: z.ZodType,
  site?: SitePathCheck,
): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    const checked = schemaProblems(file, schema);
    problems.push(...checked.problems, ...bodyProblems(file, "md", site));
    const links = (checked.data as { links?: string[] } | undefined)?.links ?? [];
    links.forEach((link, index) => {
      if (linkIds && !linkIds.has(link)) {
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

/** Governance and collaboration examples: schema, duplicate titles, link references, Markdown rules. */
export function checkGovernanceFiles(
  files: ContentFile[],
  linkIds: ReadonlySet<string> | undefined,
  site?: SitePathCheck,
): Problem[] {
  const problems: Problem[] = [...duplicateTitleProblems("governance", files)];
  for (const file of files) {
    const checked = schemaProblems(file, standaloneGovernanceSchema);
    problems.push(...checked.problems, ...bodyProblems(file, "md", site));
    const data = checked.data as GovernanceData | undefined;
    data?.links.forEach((link, index) => {
      if (linkIds && !linkIds.has(link)) {
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
export function checkLinks(
  file: string,
  root: string,
): { ids: Set<string> | undefined; problems: Problem[] } {
  const { ids, problems } = readLinksFile(file, displayPath(file, root));
  return { ids, problems };
}

/** The links registry's text, as `path` would hold it: the build's reading (src/lib/content/links-file.ts). */
export function checkLinksText(
  text: string,
  path: string,
): { ids: Set<string> | undefined; problems: Problem[] } {
  const { ids, problems } = readLinksText(text, path);
  return { ids, problems };
}

export type CheckResult = {
  /** What to print: at most a few problems of each kind per file (capProblems), the rest counted. */
  problems: Problem[];
  /** How many problems there are in all. */
  total: number;
  counts: Record<EntryCollectionName | "links", number>;
};

/** The per-collection checks; a new entry collection in ENTRY_COLLECTIONS must add one here. */
const COLLECTION_CHECKS: Record<
  EntryCollectionName,
  (files: ContentFile[], linkIds: ReadonlySet<string> | undefined, site?: SitePathCheck) => Problem[]
> = {
  interventions: checkFiles,
  phases: checkPhaseFiles,
  parts: checkPartFiles,
  governance: checkGovernanceFiles,
};

/** Everything under one content tree, paths reported relative to `root`. */
export function checkContent(tree: ContentTree, root: string, options: CheckOptions = {}): CheckResult {
  const links = checkLinks(tree.links, root);
  const problems: Problem[] = [
    ...contentRootProblems(tree.dir ?? dirname(tree.links), root),
    ...links.problems,
  ];
  const counts = { interventions: 0, phases: 0, parts: 0, governance: 0, links: links.ids?.size ?? 0 };
  const names = Object.keys(ENTRY_COLLECTIONS) as EntryCollectionName[];
  const folders = names.map((name) => [name, readEntryFolder(tree[name], name, root)] as const);
  // The site's pages follow from the content (src/lib/catalogue/site-paths.ts): read it before any body.
  const site = options.sitePathCheck?.(
    checkedContent(Object.fromEntries(folders) as Record<EntryCollectionName, EntryFolder>),
  );
  for (const [name, folder] of folders) {
    problems.push(...folder.problems, ...COLLECTION_CHECKS[name](folder.files, links.ids, site));
    counts[name] = folder.files.length;
  }
  return { problems: capProblems(problems), total: problems.length, counts };
}

/** Judges a link to a path on this site: why no page has it, or undefined. */
export type SitePathCheck = (url: string) => string | undefined;

/** The entries whose data decide which pages the site has: every readable file that passes its schema. */
export type CheckedContent = {
  interventions: { id: string; data: InterventionData }[];
  governance: { id: string; data: GovernanceData }[];
  /** The phases that have an introduction. */
  phases: PhaseSlug[];
};

export type CheckOptions = {
  /**
   * The site's pages for the content (src/lib/catalogue/site-paths.ts, which the routes share), as a
   * judge of body links to /… paths. The check cannot import the catalogue, so its callers pass it;
   * `npm run check` and the build always do.
   */
  sitePathCheck?: ((content: CheckedContent) => SitePathCheck) | undefined;
};

/** The data of every readable entry that passes its schema: what decides which pages the site has. */
function checkedContent(folders: Record<EntryCollectionName, EntryFolder>): CheckedContent {
  const valid = <T>(files: readonly ContentFile[], schema: z.ZodType<T>) =>
    files.flatMap((file) => {
      if (file.problems.length > 0) return [];
      const result = parsed(file, schema);
      return result.success ? [{ id: file.id, data: result.data }] : [];
    });
  const phaseSchema = PHASE_SCHEMA;
  return {
    interventions: valid(folders.interventions.files, standaloneInterventionSchema),
    governance: valid(folders.governance.files, standaloneGovernanceSchema),
    phases: valid(folders.phases.files, phaseSchema).map(
      (entry) => (entry.data as { phase: PhaseSlug }).phase,
    ),
  };
}

/** The content tree under a folder laid out like content/. */
export function contentTree(dir: string): ContentTree {
  const folders = Object.fromEntries(
    Object.entries(ENTRY_COLLECTIONS).map(([name, collection]) => [name, join(dir, collection.folder)]),
  ) as Record<EntryCollectionName, string>;
  return { ...folders, links: join(dir, "links.toml"), dir };
}

/** The content tree the build reads: CONTENT_PATHS, which follows LP_CONTENT_DIR. */
export function buildTree(): ContentTree {
  return contentTree(resolve(CONTENT_PATHS.links, ".."));
}
