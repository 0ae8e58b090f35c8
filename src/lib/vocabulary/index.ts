/**
 * The controlled vocabularies (phases, target groups, places, elements, rubric …), the publications
 * entries cite, and the list of which field uses which vocabulary. Imports nothing outside this folder.
 * The public surface of src/lib/vocabulary/: code outside src/lib imports from here (see ARCHITECTURE.md).
 */
export * from "./age-bands.ts";
export * from "./anchoring.ts";
export * from "./approaches.ts";
export * from "./catalogue-name.ts";
export * from "./confirmation.ts";
export * from "./elements.ts";
export * from "./geography.ts";
export * from "./governance-themes.ts";
export * from "./phases.ts";
export * from "./publications.ts";
export * from "./result-kinds.ts";
export * from "./rubric.ts";
export * from "./statuses.ts";
export * from "./tag-mapping.ts";
export * from "./target-groups.ts";
export * from "./vocabularies.ts";
