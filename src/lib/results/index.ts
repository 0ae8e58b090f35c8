/**
 * Result figures grouped by kind and unit, and the static charts drawn from them.
 * The public surface of src/lib/results/: code outside src/lib imports from here (see ARCHITECTURE.md).
 */
export * from "./result-chart.ts";
export * from "./result-groups.ts";
