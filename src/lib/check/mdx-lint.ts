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

/** Runs the compiler with the guard on exactly the text the build compiles. */
export function lintCompiledSource(source: string, options: LintOptions = {}): MdxIssue[] {
  const data: GuardData = { contentIssues: [] };
  const compileOptions = {
    mdastPlugins: [
      createContentGuard({
        ...(options.components ? { components: options.components } : {}),
        sitePathProblem: options.sitePathProblem,
      }),
    ],
    features: MARKDOWN_FEATURES,
    data: data as Record<string, unknown>,
    ...(options.fileURL ? { fileURL: options.fileURL } : {}),
  };
  const issues = data.contentIssues!;
  try {
    if ((options.format ?? "mdx") === "mdx") satteri.mdxToJs(source, compileOptions);
    else satteri.markdownToHtml(source, compileOptions);
  } catch (error) {
    // The guard stops the compile once it has collected problems; those are the answer.
    if (!(error instanceof GuardStop)) {
      issues.push(syntaxIssue(error instanceof Error ? error.message : String(error), source));
    }
  }
  return issues.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

/** Turns the parser's "L:C: reason (rule)" into a Danish explanation at the same place. */
function syntaxIssue(raw: string, source: string): MdxIssue {
  const match = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(raw.trim());
  const line = match ? Number(match[1]) : 1;
  const column = match ? Number(match[2]) : undefined;
  const reason = (match?.[3] ?? raw).trim();
  const at = column === undefined ? "" : (source.split("\n")[line - 1] ?? "").slice(column - 1);
  return { line, column, rule: "syntax", message: `${explainSyntax(reason, at)} (MDX: ${reason})` };
}

function explainSyntax(reason: string, at: string): string {
  const autolink = /^<((?:https?:|mailto:|www\.)[^>\s]*|[^@>\s]+@[^>\s]+)>?/i.exec(at);
  if (autolink) {
    const url = autolink[1]!;
    const href = /^[^:@]+@/.test(url) ? `mailto:${url}` : url;
    return `Linket <${url}> i vinkelparenteser virker ikke i MDX. Skriv det som [beskrivende tekst](${href}). Er linket en kilde, så læg det i content/links.toml og henvis til dets id under sources.`;
  }
  if (at.startsWith("<!--") || reason.includes("create a comment in MDX")) {
    return "HTML-kommentarer (<!-- … -->) virker ikke i MDX. Slet kommentaren, eller skriv den som {/* … */}.";
  }
  const unclosed = /Expected a closing tag for `<([^>`]*)>`/.exec(reason);
  if (unclosed) {
    return `Tagget <${unclosed[1]}> mangler et sluttag, og HTML er under alle omstændigheder ikke tilladt i indholdsfiler. Brug Markdown: ## overskrift, - punkt, **fed**, *kursiv* og [tekst](https://…) til links.`;
  }
  const closing = /Unexpected closing tag `(<\/[^`]*>)`/.exec(reason);
  if (closing) {
    return `Sluttagget ${closing[1]} har intet starttag, og HTML er under alle omstændigheder ikke tilladt i indholdsfiler. Slet det.`;
  }
  if (at.startsWith("<") || reason.includes("after `<`")) {
    return "Tegnet < bliver læst som starten på et HTML-tag. Skriv »under« eller »mindre end« med ord, eller skriv \\<, hvis du mener selve tegnet.";
  }
  if (at.startsWith("{") || /expression|brace/i.test(reason)) {
    return "Tegnet { starter et JavaScript-udtryk i MDX, og udtryk er ikke tilladt. Skriv \\{ og \\}, hvis du mener selve tegnene.";
  }
  return "MDX kan ikke læse teksten her. Tjek tegnene <, >, { og } omkring linjen; de har en særlig betydning i MDX og skal skrives som \\<, \\>, \\{ og \\}, hvis du mener selve tegnene.";
}
