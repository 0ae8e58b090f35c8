/**
 * The Sätteri compiler the build's MDX integration uses (@astrojs/mdx → @astrojs/markdown-satteri →
 * satteri), resolved through that chain so every tool parses with the very copy the build compiles
 * with, and the Markdown features every compile uses. Loaded on first use, so importing this module
 * (or the content index) never loads a compiler.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

export type Satteri = typeof import("satteri");

let loading: Promise<Satteri> | undefined;

/** The build's Sätteri module. */
export function loadSatteri(): Promise<Satteri> {
  loading ??= (async () => {
    const resolveFrom = (from: string, specifier: string) => createRequire(from).resolve(specifier);
    const mdx = resolveFrom(import.meta.url, "@astrojs/mdx");
    const processorEntry = resolveFrom(mdx, "@astrojs/markdown-satteri");
    return (await import(/* @vite-ignore */ pathToFileURL(resolveFrom(processorEntry, "satteri")).href)) as Satteri;
  })();
  return loading;
}

/** Markdown features of every compile: astro.config.mjs, npm run check and the published body parse with the same. */
export const MARKDOWN_FEATURES = { gfm: true, smartPunctuation: true } as const;
