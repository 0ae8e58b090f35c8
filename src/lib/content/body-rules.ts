/**
 * What an entry's body may contain, judged on the Markdown tree the compiler itself builds: plain
 * Markdown plus the components in src/lib/content/mdx-allow-list.ts, nothing else. The rules are an
 * allow-list of node types, so anything a parser adds later is refused until someone allows it.
 * MDX is code: an import line, a {…} expression, raw HTML or an event-handler attribute would run
 * JavaScript at build time or in the reader's browser. Used by the compile pipeline's guard plugin
 * (src/lib/check/content-guard.ts) and by `npm run check`, so both judge the same tree the same way.
 */
import { MDX_COMPONENTS, type AllowedComponent } from "./mdx-allow-list.ts";
import { closestMatch } from "../schema/suggest.ts";
import { urlProblem } from "../schema/url-policy.ts";
import { personNameMessage, personNames } from "./person-names.ts";

export type BodyRule =
  | "syntax"
  | "esm"
  | "expression"
  | "tag"
  | "component"
  | "attribute"
  | "event-handler"
  | "unsafe-url"
  | "raw-html"
  | "image"
  | "depth"
  | "cost"
  | "heading"
  | "hidden"
  | "person-name"
  | "node";

export type BodyIssue = { line: number; column?: number | undefined; rule: BodyRule; message: string };

/** The loose shape of the mdast and MDX nodes the rules look at. */
export type BodyNode = {
  type: string;
  value?: string | null;
  url?: string;
  /** Definitions, references and footnotes: the normalised label they are matched by. */
  identifier?: string;
  label?: string | null;
  /** Code blocks: the language and the rest of the opening line. */
  lang?: string | null;
  meta?: string | null;
  name?: string | null;
  /** Headings: 1–6. */
  depth?: number;
  /** Tables: one entry per column, from the delimiter row. */
  align?: readonly unknown[] | null;
  /** Task-list items: true or false; other list items: null or absent. */
  checked?: boolean | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: BodyNode[];
  position?: { start: { line: number; column: number } };
};

/** Lists and quotes inside each other: CONTRIBUTING's entries use 2; the compiler crashes in the hundreds. */
export const MAX_BLOCK_DEPTH = 6;
/** Any nesting at all (emphasis in links in lists …), well below what breaks the compiler. */
export const MAX_TREE_DEPTH = 40;
/** Brackets (, [ and { open inside each other: text needs a handful; ~10,000 crash the MDX compiler. */
export const MAX_BRACKET_DEPTH = 64;
/** Characters of list and quote markers before a line's text, checked before anything is parsed. */
const MAX_LINE_PREFIX = 60;
/**
 * Characters the inline parser tries to pair up: emphasis (* _), strikethrough (~), code (`),
 * links ([ ]), MDX tags (<), smart quotes (' ") and smart dashes and ellipses (-- ...). The compiler pairs them within one paragraph in
 * time that grows with the square of their number (4,000 straight quotes in one paragraph take a
 * second, 16,000 take 20 s; `a_` × 47,000 takes 3.5 s through the e-mail autolink scan; 6,000 `--`
 * in one paragraph take 6 s to hand to the guard), so each
 * block between blank lines may hold at most this many. Real paragraphs hold fewer than 30.
 */
export const MAX_DELIMITERS_PER_BLOCK = 100;
const DELIMITERS = "*_~`'\"[]<";
/** Columns of a table: wider than this is unreadable and padding makes it costly. */
export const MAX_TABLE_COLUMNS = 10;
/**
 * Cells of a table as rendered: rows × columns, because every short row is padded to the width of the
 * header row. Checked on the parsed tree, before anything is rendered.
 */
export const MAX_TABLE_CELLS = 500;
/** Links in one body, and the characters of their addresses together (a reference repeats its address). */
export const MAX_BODY_LINKS = 100;
export const MAX_LINK_CHARACTERS = 20_000;
/** Footnote references in one body: each renders a link and a link back (~280 bytes from 4). */
export const MAX_FOOTNOTE_REFERENCES = 100;

export const MARKDOWN_HINT =
  "Brug Markdown: ## overskrift, - punkt, **fed**, *kursiv* og [tekst](https://…) til links.";

/** Plain Markdown: what a body may consist of. */
const MARKDOWN_NODES = new Set([
  "root",
  "paragraph",
  "heading",
  "thematicBreak",
  "blockquote",
  "list",
  "listItem",
  "text",
  "emphasis",
  "strong",
  "delete",
  "inlineCode",
  "code",
  "break",
  "link",
  "linkReference",
  "definition",
  "table",
  "tableRow",
  "tableCell",
  "footnoteDefinition",
  "footnoteReference",
]);
const CONTAINERS = new Set(["list", "blockquote"]);

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
const CODE_TAGS = new Set([
  "script",
  "style",
  "iframe",
  "object",
  "embed",
  "form",
  "link",
  "meta",
  "svg",
  "math",
]);
const COMMENT_ONLY = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

/**
 * An MDX comment, {/* … *\/}: the one expression a body may hold. It never shows on a page, and the
 * published body (src/lib/published-body.ts) is cut free of exactly these nodes.
 */
export function isCommentExpression(node: BodyNode): boolean {
  return (
    (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") &&
    COMMENT_ONLY.test(node.value ?? "")
  );
}

/** A code block's language: a short word such as js, python or c++. */
const CODE_LANGUAGE = /^[A-Za-z0-9_+#.-]{1,30}$/;

export type BodyRuleOptions = {
  components?: Readonly<Record<string, AllowedComponent>>;
  /**
   * Why a link to a path on this site (/…) leads to no page, or undefined (src/lib/site-paths.ts).
   * `npm run check` passes the site's pages; without it, such paths are judged only by their form.
   */
  sitePathProblem?: ((url: string) => string | undefined) | undefined;
};

/**
 * Problems found in the raw body before it is parsed: nesting deep enough to exhaust a parser.
 * `firstLine` is the body's line in the file.
 */
export function bodyTextIssues(body: string, firstLine = 1): BodyIssue[] {
  const brackets = bracketDepthIssue(body, firstLine);
  if (brackets) return [brackets];
  const delimiters = delimiterIssue(body, firstLine);
  if (delimiters) return [delimiters];
  const lines = body.split("\n");
  for (const [index, line] of lines.entries()) {
    let rest = line;
    let columns = 0;
    let markers = 0;
    for (;;) {
      const space = /^[ \t]*/.exec(rest)![0];
      columns += space.replaceAll("\t", "    ").length;
      rest = rest.slice(space.length);
      const marker = /^(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))/.exec(rest)?.[0];
      if (!marker) break;
      markers++;
      rest = rest.slice(marker.length);
    }
    if (markers + columns / 2 > MAX_LINE_PREFIX) {
      return [
        {
          line: firstLine + index,
          rule: "depth",
          message: `Linjen begynder med ${markers} liste- eller citattegn og ${columns} tegns indrykning. Lister og citater må højst ligge ${MAX_BLOCK_DEPTH} niveauer inde i hinanden; skriv dem fladere.`,
        },
      ];
    }
  }
  return [];
}

/**
 * Brackets nested deeper than MAX_BRACKET_DEPTH anywhere in the raw text (code included, escaped
 * brackets not), counted before any parser runs: a parser recursing on them can crash the process.
 */
export function bracketDepthIssue(body: string, firstLine = 1): BodyIssue | undefined {
  let depth = 0;
  let line = firstLine;
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    if (char === "\n") line++;
    else if (char === "\\" && body[index + 1] !== "\n") index++;
    else if (char === "(" || char === "[" || char === "{") {
      if (++depth > MAX_BRACKET_DEPTH) {
        return {
          line,
          rule: "depth",
          message: `Parenteser (, [ og { ligger mere end ${MAX_BRACKET_DEPTH} niveauer inde i hinanden. Det er ikke tilladt, fordi det kan få oversætteren til at gå ned; skriv teksten fladere (og { } er under alle omstændigheder ikke tilladt uden \\ foran).`,
        };
      }
    } else if (char === ")" || char === "]" || char === "}") depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/**
 * A block (text between blank lines) with more than MAX_DELIMITERS_PER_BLOCK unescaped delimiter
 * characters, counted before any parser runs. A block is never smaller than a paragraph, so no
 * paragraph, heading or table cell can hold more.
 */
export function delimiterIssue(body: string, firstLine = 1): BodyIssue | undefined {
  let line = firstLine;
  let blockLine = firstLine;
  let count = 0;
  let inBlock = false;
  let lineBlank = true;
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    if (char === "\n") {
      if (lineBlank) {
        inBlock = false;
        count = 0;
      }
      line++;
      lineBlank = true;
      continue;
    }
    if (char !== " " && char !== "\t") {
      lineBlank = false;
      if (!inBlock) {
        inBlock = true;
        blockLine = line;
      }
    }
    if (char === "\\" && body[index + 1] !== "\n") {
      index++;
      continue;
    }
    const delimiter =
      DELIMITERS.includes(char) ||
      (char === "-" && body[index + 1] === "-") ||
      (char === "." && body[index + 1] === "." && body[index + 2] === ".");
    if (delimiter && ++count > MAX_DELIMITERS_PER_BLOCK) {
      return {
        line: blockLine,
        rule: "cost",
        message: `Afsnittet, der begynder her, har mere end ${MAX_DELIMITERS_PER_BLOCK} af tegnene * _ ~ \` ' " [ ] < og -- eller ... Så mange gør oversætteren meget langsom, så højst ${MAX_DELIMITERS_PER_BLOCK} er tilladt mellem to tomme linjer. Del afsnittet op med tomme linjer, skriv tegnene med \\ foran (fx \\_), eller skriv færre af dem.`,
      };
    }
  }
  return undefined;
}

/** Every problem in a parsed body, sorted by position. Walks iteratively, so no tree is too deep to judge. */
export function bodyTreeIssues(root: BodyNode, options: BodyRuleOptions = {}): BodyIssue[] {
  const components = options.components ?? MDX_COMPONENTS;
  const issues: BodyIssue[] = [];
  const report = (node: BodyNode, rule: BodyRule, message: string) =>
    issues.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column, rule, message });
  const structure = structureRules();
  const stack: { node: BodyNode; blocks: number; depth: number }[] = [{ node: root, blocks: 0, depth: 0 }];
  const labels = new LabelUse();
  while (stack.length > 0) {
    const { node, blocks, depth } = stack.pop()!;
    labels.see(node);
    const nested = blocks + (CONTAINERS.has(node.type) ? 1 : 0);
    if (nested > MAX_BLOCK_DEPTH || depth > MAX_TREE_DEPTH) {
      report(
        node,
        "depth",
        `Lister og citater ligger mere end ${MAX_BLOCK_DEPTH} niveauer inde i hinanden (eller teksten er indlejret over ${MAX_TREE_DEPTH} niveauer). Skriv dem fladere.`,
      );
      continue;
    }
    if (!checkNode(node, components, report, options.sitePathProblem)) continue;
    structure.visit(node, report);
    const children = node.children ?? [];
    for (let index = children.length - 1; index >= 0; index--) {
      stack.push({ node: children[index]!, blocks: nested, depth: depth + 1 });
    }
  }
  structure.finish(root, report);
  for (const node of labels.unused()) report(node, "hidden", unusedMessage(node));
  return issues.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

type Report = (node: BodyNode, rule: BodyRule, message: string) => void;

const count = (value: number) => value.toLocaleString("da-DK");

/**
 * Rules on the body as a whole, judged on the parsed tree before anything is rendered: heading
 * levels, the size of tables once padded, task-list items, and how much the links and footnotes will
 * multiply when rendered. Nodes arrive in document order.
 */
function structureRules() {
  let previousHeading = 1;
  let links = 0;
  let linkCharacters = 0;
  let footnotes = 0;
  const references = new Map<string, number>();
  const definitions = new Map<string, number>();
  let first: { links?: BodyNode; footnotes?: BodyNode } = {};
  return {
    visit(node: BodyNode, report: Report) {
      switch (node.type) {
        case "heading":
          previousHeading = headingIssue(node, previousHeading, report);
          break;
        case "table":
          tableIssue(node, report);
          break;
        case "listItem":
          if (typeof node.checked === "boolean") {
            report(
              node,
              "node",
              "Afkrydsningsfelter ([ ] eller [x] forrest i et listepunkt) er ikke tilladt: de bliver til formularfelter uden navn på siden. Skriv punktet uden [ ] og [x].",
            );
          }
          break;
        case "link":
          links++;
          linkCharacters += (node.url ?? "").length;
          first.links ??= node;
          break;
        case "linkReference":
          links++;
          references.set(node.identifier ?? "", (references.get(node.identifier ?? "") ?? 0) + 1);
          first.links ??= node;
          break;
        case "definition":
          if (!definitions.has(node.identifier ?? ""))
            definitions.set(node.identifier ?? "", (node.url ?? "").length);
          break;
        case "footnoteReference":
          footnotes++;
          first.footnotes ??= node;
          break;
      }
    },
    finish(root: BodyNode, report: Report) {
      for (const [identifier, uses] of references)
        linkCharacters += uses * (definitions.get(identifier) ?? 0);
      if (links > MAX_BODY_LINKS || linkCharacters > MAX_LINK_CHARACTERS) {
        report(
          first.links ?? root,
          "cost",
          `Brødteksten har ${count(links)} links med i alt ${count(linkCharacters)} tegn i adresserne (et link med [tekst][navn] gentager adressen hver gang). Højst ${MAX_BODY_LINKS} links og ${count(MAX_LINK_CHARACTERS)} tegn er tilladt. Link til færre sider, eller saml links i content/links.toml og henvis til dem under sources.`,
        );
      }
      if (footnotes > MAX_FOOTNOTE_REFERENCES) {
        report(
          first.footnotes ?? root,
          "cost",
          `Brødteksten har ${count(footnotes)} fodnotehenvisninger ([^…]); højst ${MAX_FOOTNOTE_REFERENCES} er tilladt, fordi hver af dem bliver til to links på siden. Henvis til hver fodnote færre gange.`,
        );
      }
      first = {};
    },
  };
}

/** The heading's level problem, if any; returns the level the next heading is measured against. */
function headingIssue(node: BodyNode, previous: number, report: Report): number {
  const depth = node.depth ?? 2;
  // The heading's text is read only for a message: most headings have none.
  if (depth !== 1 && depth <= previous + 1) return depth;
  const text = short(plainText(node)) || "…";
  const marks = (level: number) => "#".repeat(level);
  if (depth === 1) {
    report(
      node,
      "heading",
      `Overskriften »${text}« er på niveau 1 (# eller understreget med ===). Niveau 1 er sidens titel, så brødtekstens overskrifter begynder på niveau 2. Skriv ## ${text}.`,
    );
    return 2;
  }
  if (depth > previous + 1) {
    const before =
      previous === 1
        ? "uden en overskrift på niveau 2 (##) før sig"
        : `lige efter en overskrift på niveau ${previous} (${marks(previous)})`;
    report(
      node,
      "heading",
      `Overskriften »${text}« er på niveau ${depth} (${marks(depth)}) ${before}. Overskrifter må ikke springe et niveau over, fordi skærmlæsere bruger dem som indholdsfortegnelse. Skriv ${marks(previous + 1)} ${text}.`,
    );
    return previous + 1;
  }
  return depth;
}

/** A table wider than MAX_TABLE_COLUMNS, or with more than MAX_TABLE_CELLS cells once padded. */
function tableIssue(node: BodyNode, report: Report): void {
  const rows = node.children?.length ?? 0;
  const columns = node.align?.length ?? node.children?.[0]?.children?.length ?? 0;
  const cells = rows * columns;
  if (columns > MAX_TABLE_COLUMNS) {
    report(
      node,
      "cost",
      `Tabellen har ${count(columns)} kolonner; højst ${MAX_TABLE_COLUMNS} er tilladt. Del tabellen op i flere smallere tabeller, eller skriv indholdet som en liste.`,
    );
  } else if (cells > MAX_TABLE_CELLS) {
    report(
      node,
      "cost",
      `Tabellen har ${count(rows)} rækker × ${count(columns)} kolonner = ${count(cells)} celler (hver række fyldes ud til overskriftsrækkens bredde); højst ${count(MAX_TABLE_CELLS)} er tilladt. Del tabellen op, eller skriv indholdet som en liste.`,
    );
  }
}

/** The text of an inline node, at most `max` characters, read without recursion. */
function plainText(node: BodyNode, max = 80): string {
  let text = "";
  const stack = [...(node.children ?? [])].reverse();
  while (stack.length > 0 && text.length < max) {
    const next = stack.pop()!;
    if (typeof next.value === "string" && (next.type === "text" || next.type === "inlineCode"))
      text += next.value;
    for (let index = (next.children?.length ?? 0) - 1; index >= 0; index--)
      stack.push(next.children![index]!);
  }
  return text;
}

/**
 * Link definitions and footnotes by label, and the references to them. A definition nothing refers
 * to shows nowhere on the page, yet its text would be published with the body: the old Markdown
 * "comment" [//]: # (…) is one. So every definition and footnote must be used.
 */
class LabelUse {
  private definitions: BodyNode[] = [];
  private footnotes: BodyNode[] = [];
  private links = new Set<string>();
  private notes = new Set<string>();

  see(node: BodyNode): void {
    const id = node.identifier ?? "";
    if (node.type === "definition") this.definitions.push(node);
    else if (node.type === "footnoteDefinition") this.footnotes.push(node);
    else if (node.type === "linkReference" || node.type === "imageReference") this.links.add(id);
    else if (node.type === "footnoteReference") this.notes.add(id);
  }

  unused(): BodyNode[] {
    return [
      ...this.definitions.filter((node) => !this.links.has(node.identifier ?? "")),
      ...this.footnotes.filter((node) => !this.notes.has(node.identifier ?? "")),
    ];
  }
}

function unusedMessage(node: BodyNode): string {
  const label = short(node.label ?? node.identifier ?? "", 40);
  return node.type === "definition"
    ? `Linkdefinitionen [${label}]: bruges ikke af noget link i teksten, så den vises ikke på siden, men ville blive offentliggjort med brødteksten i de åbne data. Slet linjen, eller brug den som [tekst][${label}]. Noter til redaktionen skrives som {/* … */} i .mdx-filer (de fjernes, før noget udgives) eller i pull requestets beskrivelse.`
    : `Fodnoten [^${label}] bruges ikke i teksten, så den vises ikke på siden, men ville blive offentliggjort med brødteksten i de åbne data. Slet den, eller henvis til den med [^${label}] i teksten.`;
}

/** Reports the node's problems; returns whether its children should be judged too. */
function checkNode(
  node: BodyNode,
  components: Readonly<Record<string, AllowedComponent>>,
  report: (node: BodyNode, rule: BodyRule, message: string) => void,
  sitePathProblem: BodyRuleOptions["sitePathProblem"],
): boolean {
  switch (node.type) {
    case "text":
      for (const { name } of personNames(node.value ?? "")) report(node, "person-name", personNameMessage(name));
      break;
    case "mdxjsEsm": {
      const line = (node.value ?? "").split("\n")[0]!.trim();
      report(
        node,
        "esm",
        line.startsWith("export")
          ? `Linjen »${short(line)}« definerer kode og er ikke tilladt i indholdsfiler. Slet linjen, og skriv data som felter i frontmatter mellem linjerne med ---.`
          : `Linjen »${short(line)}« henter kode ind og er ikke tilladt i indholdsfiler. Slet linjen; en indsats består kun af frontmatter og Markdown.`,
      );
      return false;
    }
    case "mdxFlowExpression":
    case "mdxTextExpression":
      if (!isCommentExpression(node)) {
        report(
          node,
          "expression",
          `{${short(node.value ?? "")}} er et JavaScript-udtryk og er ikke tilladt i indholdsfiler. Skriv teksten uden krøllede parenteser, eller skriv \\{ og \\}, hvis du mener selve tegnene.`,
        );
      }
      return false;
    case "mdxJsxFlowElement":
    case "mdxJsxTextElement":
      return checkElement(node, components, report);
    case "html":
      if (/^\s*<!--/.test(node.value ?? "")) {
        report(
          node,
          "hidden",
          `HTML-kommentaren (${short(node.value ?? "")}) er ikke tilladt: den vises ikke på siden, men dens tekst ville blive offentliggjort med brødteksten i de åbne data. Slet den. En note til redaktionen skrives i pull requestets beskrivelse, eller i .mdx-filer som {/* … */}, som fjernes, før noget udgives.`,
        );
        return false;
      }
      report(
        node,
        "raw-html",
        `HTML (${short(node.value ?? "")}) er ikke tilladt i indholdsfiler. ${MARKDOWN_HINT}`,
      );
      return false;
    case "code":
      if (node.meta || (node.lang && !CODE_LANGUAGE.test(node.lang))) {
        const opening = short(`${node.lang ?? ""} ${node.meta ?? ""}`, 40);
        report(
          node,
          "hidden",
          `Kodeblokken begynder med »${opening}« efter \`\`\`. Kun sprogets navn (fx js) vises, resten vises ikke på siden, men ville blive offentliggjort med brødteksten i de åbne data. Skriv kun sproget efter \`\`\`, fx \`\`\`js, eller ingenting.`,
        );
        return false;
      }
      break;
    case "image":
    case "imageReference":
      report(
        node,
        "image",
        "Billeder er ikke en del af indsatserne; beskriv i stedet med ord, eller link til siden med billedet: [tekst](https://…).",
      );
      return false;
    case "yaml":
      // The empty frontmatter the compile gate leaves in place of the fields (src/lib/content/frontmatter.ts).
      if ((node.value ?? "").trim() === "" && node.position?.start.line === 1) return false;
      break;
    case "link":
    case "definition": {
      const problem = bodyUrlProblem(node.url ?? "", sitePathProblem);
      if (problem) report(node, "unsafe-url", `Linket er ikke tilladt: ${problem}`);
      return true;
    }
  }
  if (!MARKDOWN_NODES.has(node.type)) {
    report(node, "node", `Elementet »${node.type}« er ikke tilladt i indholdsfiler. ${MARKDOWN_HINT}`);
    return false;
  }
  return true;
}

/** Links in a body: the URL policy, plus paths on this site (/indsatser/…) and anchors (#…). */
export function bodyUrlProblem(
  url: string,
  sitePathProblem?: BodyRuleOptions["sitePathProblem"],
): string | undefined {
  if (/^\/(?![/\\])[^\s\\]*$/.test(url) || /^#[^\s\\]*$/.test(url)) {
    if (/[\u0000-\u001f\u007f]/.test(url)) return `${JSON.stringify(url)} indeholder styretegn.`;
    return url.startsWith("/") ? sitePathProblem?.(url) : undefined;
  }
  const problem = urlProblem(url, { allowMailto: true });
  if (problem && /^http:\/\/www\./i.test(url)) {
    return `${problem} Skriver du www.… i teksten, bliver det et http-link; skriv [tekst](https://www.…) i stedet.`;
  }
  return problem;
}

function checkElement(
  node: BodyNode,
  components: Readonly<Record<string, AllowedComponent>>,
  report: (node: BodyNode, rule: BodyRule, message: string) => void,
): boolean {
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
  const component = Object.hasOwn(components, name) ? components[name] : undefined;
  if (!component) {
    report(node, name && /^[A-Z]/.test(name) ? "component" : "tag", unknownTagMessage(name, components));
    return false;
  }
  for (const attribute of node.attributes ?? []) {
    const attributeName = attribute.name ?? "";
    if (attribute.type !== "mdxJsxAttribute") {
      report(
        node,
        "attribute",
        `${tag} må ikke have {…} blandt attributterne. Skriv hver attribut som navn="tekst".`,
      );
    } else if (/^on/i.test(attributeName)) {
      continue;
    } else if (!component.props.includes(attributeName)) {
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
  return true;
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
    return `Komponenten <${name}> er ikke på listen over tilladte komponenter (src/lib/content/mdx-allow-list.ts). Tilladte komponenter: ${allowedText}.${suggestion ? ` Mente du: "${suggestion}"?` : " Skriv indholdet som Markdown i stedet."}`;
  }
  const hint = TAG_HINTS[name.toLowerCase()] ?? MARKDOWN_HINT;
  return `HTML-tagget <${name}> er ikke tilladt i indholdsfiler. ${hint}`;
}

export function short(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
