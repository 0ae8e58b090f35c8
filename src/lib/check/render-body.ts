/**
 * An intervention's MDX body rendered to HTML once per build, by the Sätteri copy the build's MDX
 * integration uses, with the MDX parser and the site's own plugins (SITE_MDAST_PLUGINS and
 * SITE_HAST_PLUGINS, which the Markdown processor in astro.config.mjs uses too).
 *
 * Why not let @astrojs/mdx compile the file: an accepted body is Markdown read by the MDX parser. The
 * guard refuses ESM, JSX (the allow-list is empty) and every expression but a comment, so a body never
 * holds code, and compiling it to a JavaScript module that Vite then bundles only cost time and memory
 * (a third of the build at 3,000 entries). The HTML is the one the compiled module printed; comments,
 * which the compile dropped, are dropped here.
 *
 * Safe by construction: the body is parsed as MDX (so the check and the build read the same tree), the
 * guard judges that tree before anything renders, and nothing of the body is ever executed.
 *
 * One render per body per build: `npm run check`, which the build runs first (src/integrations/
 * content-check.ts), judges each body with this same pipeline and leaves what it rendered for the
 * loader, keyed by the file and a hash of the exact text judged. The check's guard is the build's
 * with more rules (links to site paths), so a body the check accepted is one the build accepts.
 */
import { fileURLToPath } from "node:url";
import { satteriHeadingIdsPlugin } from "@astrojs/markdown-satteri";
import type { BodyHeading, RenderedBody } from "../content/content-loader.ts";
import { loadSatteri } from "../content/mdx-compiler.ts";
import { contentHash, processWideCache } from "../content/reading-cache.ts";
import {
  ContentError,
  refusal,
  RENDER_FEATURES,
  SITE_HAST_PLUGINS,
  SITE_MDAST_PLUGINS,
} from "./content-guard.ts";
import { syntaxIssue } from "./mdx-lint-syntax.ts";

type PluginInstance = { before?: unknown; after?: unknown; options?: { position?: boolean } };
type Mutations = { hasMutations: boolean; commandBuffer: Uint8Array };
type VisitorContext = { removeNode(node: unknown): void };
// Sätteri's step-by-step API, the one its own markdownToHtml runs; it has no MDX-to-HTML call.
type StepApi = Record<string, (...args: unknown[]) => any>;

const satteri = (await loadSatteri()) as unknown as StepApi;

/**
 * Comments ({/* … *\/}) are the only expressions the guard lets through; the compiled module printed
 * nothing for them, and neither does the HTML.
 */
const dropComments = {
  name: "lovende-praksis:drop-comments",
  mdxFlowExpression: (node: unknown, ctx: VisitorContext) => ctx.removeNode(node),
  mdxTextExpression: (node: unknown, ctx: VisitorContext) => ctx.removeNode(node),
};

/** The footnote labels, which Sätteri takes apart from the parser's options. */
function footnoteConversion() {
  const { label, backLabel, backContent } = RENDER_FEATURES.gfm.footnotes;
  return { footnoteLabel: label, footnoteBackLabel: backLabel, footnoteBackContent: backContent };
}

/** Every plugin of the site is synchronous; a promise would mean a plugin changed, so it is refused. */
function now<T>(value: T | Promise<T>): T {
  if (value instanceof Promise) throw new Error("render-body: a Markdown plugin turned asynchronous");
  return value;
}

/**
 * Runs the pipeline: parse as MDX, the mdast plugins (`guard`: the guard, throwing or collecting into
 * `data`), then to hast, the site's hast plugins and Astro's heading ids, then HTML.
 */
export function renderWith(
  source: string,
  fileURL: URL | undefined,
  guard: readonly unknown[],
  data: Record<string, unknown> = {},
): RenderedBody {
  const astro = { frontmatter: {}, headings: [] as BodyHeading[] };
  data["astro"] = astro;
  const normalize = (plugins: unknown[], option: string): PluginInstance[] =>
    satteri["normalizePlugins"]!(plugins, option, source, fileURL, "mdx", data);
  const mdastPlugins = normalize([...guard], "mdastPlugins");
  const hastPlugins = normalize(
    [dropComments, ...SITE_HAST_PLUGINS, satteriHeadingIdsPlugin()],
    "hastPlugins",
  );
  const positions = [...mdastPlugins, ...hastPlugins].some((plugin) => plugin.options?.position === true);

  const mdast = satteri["createMdxMdastHandle"]!(source, RENDER_FEATURES, positions);
  let hast: unknown;
  try {
    const getSource = () => satteri["getHandleSource"]!(mdast);
    const apply = (result: Mutations) => {
      if (result.hasMutations) satteri["applyCommandsToMdastHandle"]!(mdast, result.commandBuffer);
    };
    for (const plugin of mdastPlugins) {
      const hook = (fn: unknown) =>
        now(satteri["visitMdastHook"]!(mdast, plugin, fn, getSource, fileURL, data, "mdx", []));
      if (typeof plugin.before === "function") apply(hook(plugin.before));
      const subscriptions = satteri["resolveMdastSubscriptions"]!(plugin);
      if (subscriptions.length > 0)
        apply(
          now(
            satteri["visitMdastHandle"]!(mdast, plugin, subscriptions, getSource, fileURL, data, "mdx", []),
          ),
        );
      if (typeof plugin.after === "function") apply(hook(plugin.after));
    }
    hast = satteri["convertMdastToHastHandle"]!(mdast, footnoteConversion());
  } finally {
    satteri["dropHandle"]!(mdast);
  }
  try {
    for (const plugin of hastPlugins) {
      const hook = (fn: unknown) =>
        now(satteri["visitHastHook"]!(hast, plugin, fn, source, fileURL, data, "mdx", []));
      if (typeof plugin.before === "function") hook(plugin.before);
      const subscriptions = satteri["resolveHastSubscriptions"]!(plugin);
      if (subscriptions.length > 0)
        now(satteri["visitHastHandle"]!(hast, plugin, subscriptions, source, fileURL, data, "mdx", []));
      if (typeof plugin.after === "function") hook(plugin.after);
    }
    return { html: satteri["renderHandle"]!(hast) as string, metadata: { headings: astro.headings } };
  } finally {
    satteri["dropHandle"]!(hast);
  }
}

// What the check rendered and accepted, for the loader: Astro loads the config (and with it the check) and
// the content config (the loader) as separate module instances, which share this cache.
const accepted = processWideCache<RenderedBody>("rendered-bodies");
const keyOf = (source: string, fileURL: URL) => `${fileURL.href}\n${contentHash(source)}`;

/** Leaves a body the check accepted for the loader. */
export function keepAccepted(source: string, fileURL: URL, rendered: RenderedBody): void {
  accepted.set(keyOf(source, fileURL), rendered);
}

/**
 * The loader's renderer (src/content.config.ts): the check's rendering of exactly this text when it
 * accepted it in this process, or a rendering with the build's guard, which throws the build's Danish
 * ContentError on a refused body.
 */
export async function renderMdxBody(source: string, fileURL: URL): Promise<RenderedBody> {
  const key = keyOf(source, fileURL);
  const kept = accepted.get(key);
  if (kept) {
    accepted.delete(key);
    return kept;
  }
  try {
    return renderWith(source, fileURL, SITE_MDAST_PLUGINS);
  } catch (error) {
    if (error instanceof ContentError) throw error;
    // Text the MDX parser cannot read: the check's Danish explanation, at the parser's line.
    const reason = error instanceof Error ? error.message : String(error);
    throw refusal(fileURLToPath(fileURL), [syntaxIssue(reason, source)]);
  }
}
