/**
 * Where content lives, shared by the Astro loaders and the standalone tools.
 * LP_CONTENT_DIR points the build at another folder (test fixtures, benchmark catalogues).
 */
const root = process.env["LP_CONTENT_DIR"] ?? "./content";

export const CONTENT_PATHS = {
  interventions: { base: `${root}/interventions`, pattern: "**/*.mdx" },
  phases: { base: `${root}/phases`, pattern: "*.md" },
  parts: { base: `${root}/parts`, pattern: "*.md" },
  governance: { base: `${root}/governance`, pattern: "*.md" },
  links: `${root}/links.toml`,
} as const;
