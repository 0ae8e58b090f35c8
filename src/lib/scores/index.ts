/**
 * Reading an entry's assessments on the 11 elements: levels, thresholds and grouping.
 * The public surface of src/lib/scores/: code outside src/lib imports from here (see ARCHITECTURE.md).
 */
export * from "./scores.ts";
