/** Where intervention files live, shared by the Astro loader and the standalone tools. */
export const INTERVENTIONS_BASE = "./content/interventions";
export const INTERVENTIONS_PATTERN = "**/*.mdx";
