/**
 * The Sätteri compiler the build's MDX integration uses (@astrojs/mdx → @astrojs/markdown-satteri →
 * satteri), resolved through that chain so every tool parses with the very copy the build compiles
 * with, and the Markdown features every compile uses.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const resolveFrom = (from: string, specifier: string) => createRequire(from).resolve(specifier);
const processorEntry = resolveFrom(resolveFrom(import.meta.url, "@astrojs/mdx"), "@astrojs/markdown-satteri");

export const satteri = (await import(
  /* @vite-ignore */
  pathToFileURL(resolveFrom(processorEntry, "satteri")).href
)) as typeof import("satteri");

/** Markdown features of every compile: astro.config.mjs, npm run check and the published body parse with the same. */
export const MARKDOWN_FEATURES = { gfm: true, smartPunctuation: true } as const;
