/**
 * The content rules inside the compile pipeline itself, so they hold even when `npm run check` and
 * the build's early check are skipped:
 *
 * - contentGate(), a Vite plugin that runs before the MDX compiler: it reads every .md/.mdx file's
 *   bytes from disk with the shared reader (readEntryBytes in src/lib/content/frontmatter.ts, as the check
 *   does) and hands the compiler an empty frontmatter plus exactly the body the check judged, or stops
 *   the build with the reader's Danish message;
 * - contentGuard, a Sätteri mdast plugin registered as the Markdown processor's plugin, which MDX
 *   inherits: it judges the tree the compiler built (src/lib/content/body-rules.ts) and fails the compile
 *   on ESM, expressions, JSX outside the allow-list, raw HTML, images, unsafe URLs and deep nesting.
 *
 * `npm run check` runs the same plugin through the same compiler (src/lib/check/mdx-lint.ts).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { satteri } from "@astrojs/markdown-satteri";
import type { Plugin } from "vite";
import {
  bodyTextIssues,
  bodyTreeIssues,
  type BodyIssue,
  type BodyNode,
  type BodyRuleOptions,
} from "../content/body-rules.ts";
import { capProblems, displayPath, formatProblem } from "../content/content-files.ts";
import {
  collectionOfFile,
  CONTENT_ROOT,
  ENTRY_COLLECTIONS,
  LARGEST_ENTRY_LIMITS,
} from "../content/content-paths.ts";
import { compiledSource, type EntryText } from "../content/frontmatter.ts";
import { clearEntryReadings, readEntryBytesOnce } from "../content/reading-cache.ts";
import { MARKDOWN_FEATURES } from "../content/mdx-compiler.ts";
import { slugify } from "../content/slug.ts";
import { FOOTNOTE_OPTIONS, NESTED_NOTE_SCOPES, noteScope } from "../sources/render.ts";
import { sourceNotes } from "./source-notes.ts";

const BODY = "brødtekst";

/** Thrown by the gate and the guard; the message is the whole story, so no stack trace. */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "Indholdsfejl";
    this.stack = "";
  }
}

/** The build's refusal of a file: its problems, in Danish, with file, line and field. */
export function refusal(file: string, issues: Parameters<typeof report>[1]): ContentError {
  return new ContentError(report(file, issues));
}

function report(
  file: string,
  issues: readonly { line: number; field?: string; message: string; rule?: string }[],
): string {
  const path = displayPath(file, process.cwd());
  const problems = issues.map((issue) => ({
    path,
    line: issue.line,
    field: issue.field ?? BODY,
    message: issue.message,
    kind: issue.rule ? `${BODY}:${issue.rule}` : undefined,
  }));
  const lines = capProblems(problems).map(formatProblem);
  return `Indholdet er ugyldigt og bliver ikke bygget:\n\n${lines.join("\n")}\n\nSe CONTRIBUTING.md.`;
}

/** Where the guard keeps what it found, when a caller (npm run check) collects instead of failing. */
export type GuardData = { contentIssues?: BodyIssue[] };

type FactoryContext = { fileURL: URL | undefined; source: string; data: Record<string, unknown> };

/**
 * The Sätteri mdast plugin. As a factory it sees the raw source before parsing, so nesting deep
 * enough to hurt the parser is refused before the parser runs. With `data.contentIssues` set to an
 * array (npm run check), problems are collected there; otherwise the compile fails.
 */
export function createContentGuard(options: BodyRuleOptions = {}) {
  return (factory: FactoryContext) => guardFor(factory, options);
}

/** The guard with the project's allow-list, as registered in astro.config.mjs. */
export const contentGuard = createContentGuard();

/** Markdown features of every compile: astro.config.mjs and npm run check parse with the same. */
export { MARKDOWN_FEATURES };

/**
 * The features the site renders with: MARKDOWN_FEATURES, with GFM footnotes (the source notes) whose
 * heading and back-reference labels are Danish. The labels change only the output, never the tree.
 */
export const RENDER_FEATURES = {
  ...MARKDOWN_FEATURES,
  gfm: { footnotes: { ...FOOTNOTE_OPTIONS } },
} as const;

/** Every heading id in a body starts with this, so no body heading can take an id the layout uses. */
export const BODY_HEADING_PREFIX = "afsnit-";

type HeadingContext = {
  textContent: (node: unknown) => string;
  setProperty: (node: unknown, name: string, value: string) => void;
};

/**
 * Sätteri hast plugin: gives every body heading the id `afsnit-<slug>`, unique within the body, so
 * `## Indhold` or `## Fakta` can never collide with the page's own ids (#indhold is the skip link's
 * target); a part introduction's ids start with its own prefix (`del-koordinering_afsnit-…`), so two
 * introductions on one page never share one. It runs before Astro's heading-ids step, which keeps an
 * id already set.
 */
export function bodyHeadingIds(factory?: { fileURL?: URL | undefined }) {
  const seen = new Map<string, number>();
  // Part introductions share a page (/tilgang/), so their heading ids also carry the body's own prefix.
  const scope = factory?.fileURL ? noteScope(fileURLToPath(factory.fileURL)) : "";
  const prefix = NESTED_NOTE_SCOPES.has(scope.split("-")[0]!)
    ? `${scope}_${BODY_HEADING_PREFIX}`
    : BODY_HEADING_PREFIX;
  return {
    name: "lovende-praksis:body-heading-ids",
    element: {
      filter: ["h1", "h2", "h3", "h4", "h5", "h6"],
      visit(node: unknown, ctx: HeadingContext) {
        const base = `${prefix}${slugify(ctx.textContent(node)) || "overskrift"}`;
        const count = seen.get(base) ?? 0;
        seen.set(base, count + 1);
        ctx.setProperty(node, "id", count === 0 ? base : `${base}-${count}`);
      },
    },
  };
}

/** The class of the box a body table scrolls in on a narrow screen (src/styles/theme.css). */
export const TABLE_SCROLL_CLASS = "table-scroll";
/** A column's alignment (|:-:|) as a class, `align-center`, never an inline style the CSP would block. */
export const ALIGN_CLASS_PREFIX = "align-";

/** Every element Markdown renders in a body; none of them may keep a style attribute. */
const BODY_ELEMENTS = [
  "a",
  "blockquote",
  "br",
  "code",
  "del",
  "div",
  "em",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "img",
  "input",
  "li",
  "ol",
  "p",
  "pre",
  "section",
  "span",
  "strong",
  "sup",
  "sub",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
];

type ElementContext = {
  setProperty: (node: unknown, name: string, value: unknown) => void;
  wrapNode: (node: unknown, parent: unknown) => void;
};
type HastElement = { tagName: string; properties?: Record<string, unknown> };

/**
 * Sätteri hast plugin for tables and inline styles, safe by construction: no element of a body keeps
 * a `style` attribute (the Content-Security-Policy blocks inline styles, and a page must not break
 * its own policy); a column's alignment becomes the class `align-left|center|right`; and each table
 * is wrapped in a box that scrolls sideways on a narrow screen, so the page itself never does
 * (WCAG 1.4.10). The box can take keyboard focus, so the scrolling works without a mouse.
 */
export function bodyTables() {
  return {
    name: "lovende-praksis:body-tables",
    element: [
      {
        filter: BODY_ELEMENTS,
        visit(node: unknown, ctx: ElementContext) {
          const { properties = {}, tagName } = node as HastElement;
          if (properties["style"] === undefined) return;
          const align = /text-align:\s*(left|center|right)/.exec(String(properties["style"]))?.[1];
          ctx.setProperty(node, "style", undefined);
          if (align && (tagName === "th" || tagName === "td")) {
            ctx.setProperty(node, "className", [`${ALIGN_CLASS_PREFIX}${align}`]);
          }
        },
      },
      {
        filter: ["table"],
        visit(node: unknown, ctx: ElementContext) {
          ctx.wrapNode(node, {
            type: "element",
            tagName: "div",
            properties: {
              className: [TABLE_SCROLL_CLASS],
              tabIndex: 0,
              role: "group",
              ariaLabel: "Tabel, kan rulles vandret",
            },
            children: [],
          });
        },
      },
    ],
  };
}

/** The site's mdast plugins: the guard, which judges every body before anything renders. */
export const SITE_MDAST_PLUGINS = [contentGuard] as const;
/** The site's hast plugins, in run order: heading ids, source notes, tables and styles. */
export const SITE_HAST_PLUGINS = [bodyHeadingIds, sourceNotes, bodyTables] as const;

/**
 * The site's Markdown processor (astro.config.mjs `markdown.processor`), which MDX inherits. Interventions'
 * MDX bodies render with the same plugins in the loader (src/lib/check/render-body.ts).
 */
export function markdownProcessor() {
  return satteri({
    mdastPlugins: [...SITE_MDAST_PLUGINS],
    hastPlugins: [...SITE_HAST_PLUGINS],
    features: { ...RENDER_FEATURES },
  });
}

/**
 * Thrown by the guard when it collects (npm run check) and has found problems: the compile stops
 * there, so a refused body is never parsed (text problems) or rendered (tree problems). A table
 * padded to thousands of columns or nesting deep enough to crash the parser costs nothing.
 */
export class GuardStop extends Error {
  constructor() {
    super("content guard: problems collected, compile stopped");
    this.name = "GuardStop";
  }
}

function guardFor(factory: FactoryContext, options: BodyRuleOptions) {
  const collect = (factory.data as GuardData).contentIssues;
  const file = factory.fileURL ? fileURLToPath(factory.fileURL) : "(ukendt fil)";
  const fail = (issues: BodyIssue[]) => {
    if (issues.length === 0) return;
    if (!collect) throw new ContentError(report(file, issues));
    collect.push(...issues);
    throw new GuardStop();
  };
  fail(bodyTextIssues(factory.source));
  return {
    name: "lovende-praksis:content-guard",
    options: { position: true },
    before(root: unknown) {
      fail(bodyTreeIssues(root as BodyNode, options));
    },
  };
}

/**
 * The gate's reading of a file: its bytes on disk through readEntryBytes, the function the check's
 * readEntryFile uses (both through the same per-process cache, src/lib/content/reading-cache.ts). Never the text Vite passes in, which is decoded differently (it keeps invalid
 * bytes as U+FFFD), so the same bytes always get the same verdict in the check and the build.
 */
export function readGatedFile(path: string): EntryText {
  const collection = collectionOfFile(resolve(path), resolve(CONTENT_ROOT));
  const limits = collection ? ENTRY_COLLECTIONS[collection].limits : LARGEST_ENTRY_LIMITS;
  try {
    return readEntryBytesOnce(readFileSync(path), limits);
  } catch {
    const problem = { line: 1, field: "fil", message: "Filen kan ikke læses." };
    return { data: undefined, body: "", bodyLine: 1, lineOf: () => undefined, problems: [problem] };
  }
}

/** Vite plugin: the only text of a .md/.mdx file any compiler sees is what the shared reader accepted. */
export function contentGate(): Plugin {
  let building = false;
  return {
    name: "lovende-praksis:content-gate",
    enforce: "pre",
    configResolved(config) {
      building = config.command === "build";
    },
    // The check and the loader have read every entry before the bundle is built, and the bundle compiles no
    // entry: the shared readings are not asked for again, so they need not stay in memory for the rest of the build.
    buildEnd() {
      if (building) clearEntryReadings();
    },
    transform: {
      order: "pre",
      handler(_code, id) {
        const path = id.split("?")[0]!;
        if (!/\.mdx?$/i.test(path) || id.startsWith("\0")) return undefined;
        const entry = readGatedFile(path);
        if (entry.problems.length > 0) {
          // The bundler wraps a plugin's error in one of its own, with a stack trace of bundler
          // internals that buries the message. The build stops here anyway, so no later trace is needed.
          if (building) Error.stackTraceLimit = 0;
          throw new ContentError(report(path, entry.problems));
        }
        return { code: compiledSource(entry), map: null };
      },
    },
  };
}
