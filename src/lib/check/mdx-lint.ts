/**
 * `npm run check`'s view of an entry's body: the body the shared reader extracted, compiled by the
 * same Sätteri compiler the build uses, with the same guard plugin (src/lib/check/content-guard.ts)
 * collecting instead of failing. So the check and the build judge the same tree by the same rules;
 * the check only adds Danish explanations for text the parser cannot read at all.
 */
import type { BodyIssue, BodyRuleOptions } from "../content/body-rules.ts";
import { compiledSource, readEntryText } from "../content/frontmatter.ts";
import type { AllowedComponent } from "../content/mdx-allow-list.ts";
import { loadSatteri } from "../content/mdx-compiler.ts";
import { createContentGuard, GuardStop, MARKDOWN_FEATURES, type GuardData } from "./content-guard.ts";
import { syntaxIssue } from "./mdx-lint-syntax.ts";
import { keepAccepted, renderWith } from "./render-body.ts";

const satteri = await loadSatteri();

export type MdxRule = BodyIssue["rule"];
export type MdxIssue = BodyIssue;

export type LintOptions = {
  /** "mdx" for content/interventions, "md" for plain Markdown such as content/phases. */
  format?: "mdx" | "md";
  components?: Readonly<Record<string, AllowedComponent>>;
  /** Passed to plugins as the compile's file, as the build does. */
  fileURL?: URL;
  /** Judges links to paths on this site (src/lib/site-paths.ts). */
  sitePathProblem?: BodyRuleOptions["sitePathProblem"];
};

/** Body problems of a whole file (frontmatter included, so lines match the file). */
export function lintMdx(source: string, options: LintOptions = {}): MdxIssue[] {
  const entry = readEntryText(source);
  // A file whose frontmatter cannot be read is never compiled; its problems come from the reader.
  if (entry.problems.length > 0) return [];
  return lintCompiledSource(compiledSource(entry), options);
}

/**
 * Runs the compiler with the guard on exactly the text the build compiles. An MDX body is judged by the
 * build's own renderer (src/lib/check/render-body.ts), which keeps what it rendered for the build's loader.
 */
export function lintCompiledSource(source: string, options: LintOptions = {}): MdxIssue[] {
  const data: GuardData = { contentIssues: [] };
  const guard = createContentGuard({
    ...(options.components ? { components: options.components } : {}),
    sitePathProblem: options.sitePathProblem,
  });
  const compileOptions = {
    mdastPlugins: [guard],
    features: MARKDOWN_FEATURES,
    data: data as Record<string, unknown>,
    ...(options.fileURL ? { fileURL: options.fileURL } : {}),
  };
  const issues = data.contentIssues!;
  try {
    if ((options.format ?? "mdx") === "mdx") {
      const rendered = renderWith(source, options.fileURL, [guard], data as Record<string, unknown>);
      if (issues.length === 0 && options.fileURL) keepAccepted(source, options.fileURL, rendered);
    } else satteri.markdownToHtml(source, compileOptions);
  } catch (error) {
    // The guard stops the compile once it has collected problems; those are the answer.
    if (!(error instanceof GuardStop)) {
      issues.push(syntaxIssue(error instanceof Error ? error.message : String(error), source));
    }
  }
  return issues.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}
