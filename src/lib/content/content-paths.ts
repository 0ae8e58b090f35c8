/**
 * Where content lives, shared by the Astro loaders and the standalone tools.
 * LP_CONTENT_DIR points the build at another folder (test fixtures, benchmark catalogues).
 *
 * ENTRY_COLLECTIONS is the registry of folders whose files are entries (frontmatter + body). Every
 * folder listed here gets the same protection in `npm run check` and the build: one reading of each
 * file (src/lib/content/frontmatter.ts), no silently skipped files, and the body rules inside the compiler.
 * A new collection is one line here plus its schema in src/content.config.ts and src/lib/check/check.ts.
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
  /** A content tree may leave the folder out (test fixtures, benchmark catalogues); then it is empty. */
  optional?: boolean;
};

export const ENTRY_COLLECTIONS = {
  interventions: { folder: "interventions", extension: ".mdx", format: "mdx", noun: "indsats" },
  phases: { folder: "phases", extension: ".md", format: "md", noun: "faseintroduktion" },
  parts: { folder: "parts", extension: ".md", format: "md", noun: "delintroduktion", optional: true },
  governance: {
    folder: "governance",
    extension: ".md",
    format: "md",
    noun: "eksempel på styring og samarbejde",
    optional: true,
  },
} as const satisfies Record<string, EntryCollection>;

export type EntryCollectionName = keyof typeof ENTRY_COLLECTIONS;

export const CONTENT_ROOT = root;

export const CONTENT_PATHS = {
  interventions: { base: `${root}/interventions`, pattern: "*.mdx" },
  phases: { base: `${root}/phases`, pattern: "*.md" },
  parts: { base: `${root}/parts`, pattern: "*.md" },
  governance: { base: `${root}/governance`, pattern: "*.md" },
  links: `${root}/links.toml`,
} as const;
