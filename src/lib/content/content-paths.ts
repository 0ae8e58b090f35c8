/**
 * Where content lives, shared by the Astro loaders and the standalone tools.
 * LP_CONTENT_DIR points the build at another folder (test fixtures, benchmark catalogues).
 *
 * ENTRY_COLLECTIONS is the registry of folders whose files are entries (frontmatter + body). Every
 * folder listed here gets the same protection in `npm run check` and the build: one reading of each
 * file (src/lib/content/frontmatter.ts), no silently skipped files, and the body rules inside the compiler.
 * A new collection is one line here plus its schema in src/content.config.ts and src/lib/check/check.ts.
 */
// The editor imports the collection registry in the browser, where there is no `process`.
const root = (typeof process === "undefined" ? undefined : process.env["LP_CONTENT_DIR"]) ?? "./content";

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
  /** The most characters of one file's fields and of its body, each measured on its own. */
  limits: EntryLimits;
};

/**
 * Size limits of one content file, in characters: the fields (frontmatter, with its --- lines) and
 * the body apart. Each fits its use with room to spare (the longest entry today has 6,400 characters
 * of fields and 6,100 of body), and every later cost (parsing, checking, rendering) is bounded by them.
 */
export type EntryLimits = { frontmatter: number; body: number };

export const ENTRY_COLLECTIONS = {
  interventions: {
    folder: "interventions",
    extension: ".mdx",
    format: "mdx",
    noun: "indsats",
    limits: { frontmatter: 20_000, body: 30_000 },
  },
  phases: {
    folder: "phases",
    extension: ".md",
    format: "md",
    noun: "faseintroduktion",
    limits: { frontmatter: 2_000, body: 10_000 },
  },
  parts: {
    folder: "parts",
    extension: ".md",
    format: "md",
    noun: "delintroduktion",
    optional: true,
    limits: { frontmatter: 2_000, body: 10_000 },
  },
  governance: {
    folder: "governance",
    extension: ".md",
    format: "md",
    noun: "eksempel på styring og samarbejde",
    optional: true,
    limits: { frontmatter: 4_000, body: 10_000 },
  },
} as const satisfies Record<string, EntryCollection>;

/** The largest limits of any collection: for text that belongs to no collection folder. */
export const LARGEST_ENTRY_LIMITS: EntryLimits = {
  frontmatter: Math.max(
    ...Object.values(ENTRY_COLLECTIONS).map((collection) => collection.limits.frontmatter),
  ),
  body: Math.max(...Object.values(ENTRY_COLLECTIONS).map((collection) => collection.limits.body)),
};

export type EntryCollectionName = keyof typeof ENTRY_COLLECTIONS;

export const CONTENT_ROOT = root;

export const CONTENT_PATHS = {
  interventions: { base: `${root}/interventions`, pattern: "*.mdx" },
  phases: { base: `${root}/phases`, pattern: "*.md" },
  parts: { base: `${root}/parts`, pattern: "*.md" },
  governance: { base: `${root}/governance`, pattern: "*.md" },
  links: `${root}/links.toml`,
} as const;

/**
 * The entry collection whose folder under `contentRoot` holds `file` directly, or undefined: how the
 * build's compile gate finds a file's limits from its path, as the check does from its folder.
 */
export function collectionOfFile(file: string, contentRoot: string): EntryCollectionName | undefined {
  const normal = file.split("\\").join("/");
  const root = contentRoot.split("\\").join("/").replace(/\/+$/, "");
  for (const [name, collection] of Object.entries(ENTRY_COLLECTIONS)) {
    const prefix = `${root}/${collection.folder}/`;
    if (normal.startsWith(prefix) && !normal.slice(prefix.length).includes("/")) {
      return name as EntryCollectionName;
    }
  }
  return undefined;
}
