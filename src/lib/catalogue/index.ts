/**
 * The catalogue as the pages show it: URLs (routes), facets, places, status and dates (freshness), the
 * editors' review list and address, stale reports, contact, approaches,
 * grouping, pagination, coverage and the list of the site's pages (site-paths).
 * The public surface of src/lib/catalogue/: code outside src/lib imports from here (see ARCHITECTURE.md).
 */
export * from "./approaches.ts";
export * from "./build-date.ts";
export * from "./catalogue.ts";
export * from "./contact.ts";
export * from "./coverage.ts";
export * from "./documentation.ts";
export * from "./editors.ts";
export * from "./facets.ts";
export * from "./freshness.ts";
export * from "./fact-notes.ts";
export * from "./pagination.ts";
export * from "./places.ts";
export * from "./review.ts";
export * from "./routes.ts";
export * from "./site-paths.ts";
export * from "./search-record.ts";
export * from "./search-terms.ts";
export * from "./shared-results.ts";
export * from "./stale-report.ts";
export * from "./suggestions.ts";
