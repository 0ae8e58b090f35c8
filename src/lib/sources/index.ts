/**
 * Sources per claim (issue 20): the source-note convention's one reading, the body's claims, the
 * publications' outlines, and the check `npm run sources` runs. See CONTRIBUTING.md, "Kildenoter".
 */
export * from "./note-syntax.ts";
export * from "./body.ts";
export * from "./publication-text.ts";
export * from "./seeds.ts";
export * from "./text.ts";
export * from "./facts.ts";
export * from "./hedges.ts";
export * from "./publisher.ts";
export * from "./exceptions.ts";
export * from "./known.ts";
export * from "./check.ts";
export * from "./documents.ts";
export * from "./report.ts";
export * from "./render.ts";
export * from "./open-data.ts";
