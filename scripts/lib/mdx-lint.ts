/**
 * Content lint for editor-written files: Markdown plus the allow-listed components in
 * src/lib/mdx-allow-list.ts, nothing else. MDX is code, so an import line, a {…} expression or an
 * event-handler attribute would run JavaScript at build time or in the reader's browser, and a stray
 * `<` or an autolink breaks the build with an English parser message. Every problem comes back with
 * its line, what is wrong and how to fix it, in Danish.
 *
 * Parses with Sätteri, the MDX parser @astrojs/mdx itself compiles with, resolved through
 * @astrojs/mdx so the lint and the build always read a file the same way.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { MDX_COMPONENTS, type AllowedComponent } from "../../src/lib/mdx-allow-list.ts";
import { closestMatch } from "../../src/lib/suggest.ts";

const resolveFrom = (from: string, specifier: string) => createRequire(from).resolve(specifier);
const processorEntry = resolveFrom(resolveFrom(import.meta.url, "@astrojs/mdx"), "@astrojs/markdown-satteri");
const satteri = (await import(
  pathToFileURL(resolveFrom(processorEntry, "satteri")).href
)) as typeof import("satteri");

export type MdxRule =
  | "syntax"
  | "esm"
  | "expression"
  | "tag"
  | "component"
  | "attribute"
  | "event-handler"
  | "unsafe-url"
  | "raw-html";

export type MdxIssue = { line: number; column?: number | undefined; rule: MdxRule; message: string };

export type LintOptions = {
  /** "mdx" for content/interventions, "md" for plain Markdown such as content/phases. */
  format?: "mdx" | "md";
  components?: Readonly<Record<string, AllowedComponent>>;
};

/** The loose shape of the mdast and MDX nodes the lint looks at. */
type Node = {
  type: string;
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
};

const MARKDOWN_HINT =
  "Brug Markdown: ## overskrift, - punkt, **fed**, *kursiv* og [tekst](https://…) til links.";

/** Markdown for the HTML tags editors most often reach for. */
const TAG_HINTS: Record<string, string> = {
  a: "Skriv linket som [tekst](https://…).",
  b: "Skriv **fed** med to stjerner på hver side.",
  strong: "Skriv **fed** med to stjerner på hver side.",
  i: "Skriv *kursiv* med én stjerne på hver side.",
  em: "Skriv *kursiv* med én stjerne på hver side.",
  br: "Lav et nyt afsnit med en tom linje.",
  p: "Adskil afsnit med en tom linje.",
  ul: "Skriv en punktliste med - forrest på hver linje.",
  ol: "Skriv en nummereret liste med 1. forrest på hver linje.",
  li: "Skriv en punktliste med - forrest på hver linje.",
  h2: "Skriv overskriften som ## Overskrift.",
  h3: "Skriv overskriften som ### Overskrift.",
  img: "Billeder er ikke en del af indsatserne; beskriv i stedet med ord.",
};

const CODE_TAGS = new Set(["script", "style", "iframe", "object", "embed", "form", "link", "meta"]);
const SAFE_URL = /^(https?:|mailto:|[^:]*$)/i;
const COMMENT_ONLY = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

export function lintMdx(source: string, options: LintOptions = {}): MdxIssue[] {
  const format = options.format ?? "mdx";
  const components = options.components ?? MDX_COMPONENTS;
  let tree: Node;
  try {
    tree = (format === "mdx" ? satteri.mdxToMdast(source) : satteri.markdownToMdast(source)) as Node;
  } catch (error) {
    return [syntaxIssue(error instanceof Error ? error.message : String(error), source)];
  }
  const issues: MdxIssue[] = [];
  const report = (node: Node, rule: MdxRule, message: string) =>
    issues.push({
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column,
      rule,
      message,
    });
  visit(tree, (node) => checkNode(node, components, report));
  return issues.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

function visit(node: Node, check: (node: Node) => void): void {
  check(node);
  for (const child of node.children ?? []) visit(child, check);
}

function checkNode(
  node: Node,
  components: Readonly<Record<string, AllowedComponent>>,
  report: (node: Node, rule: MdxRule, message: string) => void,
): void {
  switch (node.type) {
    case "mdxjsEsm": {
      const line = (node.value ?? "").split("\n")[0]!.trim();
      const keyword = line.startsWith("export") ? "export" : "import";
      report(
        node,
        "esm",
        keyword === "import"
          ? `Linjen »${short(line)}« henter kode ind og er ikke tilladt i indholdsfiler. Slet linjen; en indsats består kun af frontmatter og Markdown.`
          : `Linjen »${short(line)}« definerer kode og er ikke tilladt i indholdsfiler. Slet linjen, og skriv data som felter i frontmatter mellem linjerne med ---.`,
      );
      return;
    }
    case "mdxFlowExpression":
    case "mdxTextExpression": {
      if (COMMENT_ONLY.test(node.value ?? "")) return;
      report(
        node,
        "expression",
        `{${short(node.value ?? "")}} er et JavaScript-udtryk og er ikke tilladt i indholdsfiler. Skriv teksten uden krøllede parenteser, eller skriv \\{ og \\}, hvis du mener selve tegnene.`,
      );
      return;
    }
    case "mdxJsxFlowElement":
    case "mdxJsxTextElement":
      checkElement(node, components, report);
      return;
    case "html":
      report(
        node,
        "raw-html",
        `HTML (${short(node.value ?? "")}) er ikke tilladt i indholdsfiler. ${MARKDOWN_HINT}`,
      );
      return;
    case "link":
    case "image":
    case "definition":
      if (node.url !== undefined && !SAFE_URL.test(node.url.trim())) {
        report(
          node,
          "unsafe-url",
          `Adressen »${short(node.url)}« er ikke tilladt i et link. Brug en almindelig webadresse, der begynder med https://.`,
        );
      }
      return;
  }
}

function checkElement(
  node: Node,
  components: Readonly<Record<string, AllowedComponent>>,
  report: (node: Node, rule: MdxRule, message: string) => void,
): void {
  const name = node.name ?? "";
  const tag = name ? `<${name}>` : "<>";
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === "mdxJsxAttribute" && /^on/i.test(attribute.name ?? "")) {
      report(
        node,
        "event-handler",
        `Attributten ${attribute.name} på ${tag} kører JavaScript i læserens browser og er aldrig tilladt. Slet den.`,
      );
    }
  }
  const component = components[name];
  if (!component) {
    report(node, name && /^[A-Z]/.test(name) ? "component" : "tag", unknownTagMessage(name, components));
    return;
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== "mdxJsxAttribute") {
      report(
        node,
        "attribute",
        `${tag} må ikke have {…} blandt attributterne. Skriv hver attribut som navn="tekst".`,
      );
      continue;
    }
    const attributeName = attribute.name ?? "";
    if (/^on/i.test(attributeName)) continue;
    if (!component.props.includes(attributeName)) {
      const suggestion = closestMatch(
        attributeName,
        component.props.map((value) => ({ value })),
      );
      report(
        node,
        "attribute",
        `${tag} kender ikke attributten ${attributeName}. Tilladte: ${component.props.join(", ") || "ingen"}.${suggestion ? ` Mente du: "${suggestion}"?` : ""}`,
      );
    } else if (typeof attribute.value !== "string") {
      report(
        node,
        "attribute",
        `Attributten ${attributeName} på ${tag} skal have en værdi i anførselstegn, fx ${attributeName}="tekst".`,
      );
    }
  }
}

function unknownTagMessage(name: string, components: Readonly<Record<string, AllowedComponent>>): string {
  const allowed = Object.keys(components);
  const allowedText = allowed.length > 0 ? allowed.map((value) => `<${value}>`).join(", ") : "ingen";
  if (!name) return `Tomme tags (<>…</>) er ikke tilladt i indholdsfiler. Slet dem. ${MARKDOWN_HINT}`;
  if (CODE_TAGS.has(name.toLowerCase())) {
    return `<${name}> er ikke tilladt: indholdsfiler må ikke indeholde kode eller indlejret indhold. Slet elementet.`;
  }
  if (/^[A-Z]/.test(name)) {
    const suggestion = closestMatch(
      name,
      allowed.map((value) => ({ value })),
    );
    return `Komponenten <${name}> er ikke på listen over tilladte komponenter (src/lib/mdx-allow-list.ts). Tilladte komponenter: ${allowedText}.${suggestion ? ` Mente du: "${suggestion}"?` : " Skriv indholdet som Markdown i stedet."}`;
  }
  const hint = TAG_HINTS[name.toLowerCase()] ?? MARKDOWN_HINT;
  return `HTML-tagget <${name}> er ikke tilladt i indholdsfiler. ${hint}`;
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
    return `Tagget <${unclosed[1]}> mangler et sluttag, og HTML er under alle omstændigheder ikke tilladt i indholdsfiler. ${MARKDOWN_HINT}`;
  }
  const closing = /Unexpected closing tag `(<\/[^`]*>)`/.exec(reason);
  if (closing) {
    return `Sluttagget ${closing[1]} har intet starttag, og HTML er under alle omstændigheder ikke tilladt i indholdsfiler. Slet det. ${MARKDOWN_HINT}`;
  }
  if (at.startsWith("<") || reason.includes("after `<`")) {
    return "Tegnet < bliver læst som starten på et HTML-tag. Skriv »under« eller »mindre end« med ord, eller skriv \\<, hvis du mener selve tegnet.";
  }
  if (at.startsWith("{") || /expression|brace/i.test(reason)) {
    return "Tegnet { starter et JavaScript-udtryk i MDX, og udtryk er ikke tilladt. Skriv \\{ og \\}, hvis du mener selve tegnene.";
  }
  return "MDX kan ikke læse teksten her. Tjek tegnene <, >, { og } omkring linjen; de har en særlig betydning i MDX og skal skrives som \\<, \\>, \\{ og \\}, hvis du mener selve tegnene.";
}

function short(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
