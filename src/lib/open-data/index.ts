/**
 * The catalogue as open data: JSON, CSV, the Atom feed, change history and the small per-entry
 * records the compare page fetches.
 * The public surface of src/lib/open-data/: code outside src/lib imports from here (see ARCHITECTURE.md).
 */
export * from "./change-history.ts";
export * from "./compare-record.ts";
export * from "./csv.ts";
export * from "./feed.ts";
export * from "./governance-open-data.ts";
export * from "./open-data.ts";
