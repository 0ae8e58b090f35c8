/**
 * Where content lives, shared by the Astro loaders and the standalone tools.
 * LP_CONTENT_DIR points the build at another folder (test fixtures, benchmark catalogues).
 *
 * ENTRY_COLLECTIONS is the registry of folders whose files are entries (frontmatter + body). Every
 * folder listed here gets the same protection in `npm run check` and the build: one reading of each
 * file (src/lib/frontmatter.ts), no silently skipped files, and the body rules inside the compiler.
 * A new collection is one line here plus its schema in src/content.config.ts and scripts/lib/check.ts.
 */
const root = process.env["LP_CONTENT_DIR"] ?? "./content";

export type EntryFormat = "mdx" | "md";

export type EntryCollection = {
  /** Folder under the content root; flat, no subfolders. */
  folder: string;
  /** The one file extension the folder holds, lower case. */
  extension: ".mdx" | ".md";
  /** How the body is compiled: MDX (interventions) or plain Markdown. */
  format: EntryFormat;
  /** What one file is, in Danish, for messages. */
  noun: string;
};

export const ENTRY_COLLECTIONS = {
  interventions: { folder: "interventions", extension: ".mdx", format: "mdx", noun: "indsats" },
  phases: { folder: "phases", extension: ".md", format: "md", noun: "faseintroduktion" },
} as const satisfies Record<string, EntryCollection>;

export type EntryCollectionName = keyof typeof ENTRY_COLLECTIONS;

export const CONTENT_ROOT = root;

export const CONTENT_PATHS = {
  interventions: { base: `${root}/interventions`, pattern: "*.mdx" },
  phases: { base: `${root}/phases`, pattern: "*.md" },
  links: `${root}/links.toml`,
} as const;
