/**
 * The comparison: its URL state and the rules for the selection.
 * The public surface of src/lib/compare/: code outside src/lib imports from here (see ARCHITECTURE.md).
 */
export * from "./compare-state.ts";
