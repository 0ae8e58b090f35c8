/**
 * The search page: its URL state, sort orders and status text, and the copy of a page the index reads.
 * The public surface of src/lib/search/: code outside src/lib imports from here (see ARCHITECTURE.md).
 */
export * from "./compound-words.ts";
export * from "./danish-lexicon.ts";
export * from "./index-text.ts";
export * from "./search-rank.ts";
export * from "./search-record.ts";
export * from "./search-sort.ts";
export * from "./search-state.ts";
export * from "./search-text.ts";
export * from "./vocabulary-offers.ts";
