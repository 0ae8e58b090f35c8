/**
 * Reading content: files and folders, frontmatter and body, content/links.toml, where content lives and
 * the Astro loader. The one reading that `npm run check`, the loader and the compile guard share.
 * The public surface of src/lib/content/: code outside src/lib imports from here (see ARCHITECTURE.md).
 */
export * from "./body-rules.ts";
export * from "./content-files.ts";
export * from "./content-loader.ts";
export * from "./content-paths.ts";
export * from "./duplicate-titles.ts";
export * from "./frontmatter.ts";
export * from "./links-file.ts";
export * from "./mdx-allow-list.ts";
export * from "./mdx-compiler.ts";
export * from "./published-body.ts";
export * from "./published-bodies.ts";
export * from "./slug.ts";
