/**
 * Judging content: `npm run check`, the MDX lint and the guard inside the Markdown compile, with one set
 * of messages. Pulls in the MDX compiler and every schema, so the collections' loader does not import it.
 * The public surface of src/lib/check/: code outside src/lib imports from here (see ARCHITECTURE.md).
 */
export * from "./check.ts";
export * from "./content-guard.ts";
export * from "./mdx-lint.ts";
export * from "./render-body.ts";
export * from "./mdx-lint-syntax.ts";
