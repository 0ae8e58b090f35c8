/**
 * The part of src/lib/search/ that the search island (src/scripts/search.ts) may import. Through
 * index.ts the bundler would also keep the top-level code of search-sort.ts (the element vocabulary)
 * and index-text.ts, which the browser never uses; these two modules have no such cost.
 */
export { readableIndexText } from "./compound-words.ts";
export * from "./search-rank.ts";
export * from "./search-text.ts";
export * from "./search-state.ts";
export * from "./vocabulary-offers.ts";
