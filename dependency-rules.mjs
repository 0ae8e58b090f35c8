// @ts-check
/**
 * The dependency rules of the code, checked by dependency-cruiser in `npm run lint`
 * (scripts/check-dependencies.ts; ARCHITECTURE.md explains the layout they keep).
 * Paths are relative to the repository root. A .astro file is checked as `<name>.astro.ts`: the
 * checker gives dependency-cruiser its frontmatter and <script> code, the parts that import.
 */

/** Code outside src/lib that must use the folder indexes. */
const OUTSIDE_LIB =
  "^(src/(pages|components|layouts|scripts|data|integrations)/|src/content\\.config\\.ts|src/middleware\\.ts|scripts/|tests/|astro\\.config\\.mjs)";

/**
 * What each src/lib folder may import from the others: a folder sits above the ones it names, so the
 * folders form layers without cycles. Files inside src/lib import each other's files directly.
 */
export const LIB_LAYERS = {
  vocabulary: [],
  schema: ["vocabulary"],
  content: ["schema", "vocabulary"],
  sources: ["content", "schema", "vocabulary"],
  check: ["content", "sources", "schema", "vocabulary"],
  site: ["vocabulary"],
  scores: ["vocabulary"],
  compare: [],
  search: ["site", "vocabulary"],
  catalogue: ["compare", "search", "scores", "site", "schema", "vocabulary"],
  results: ["site", "vocabulary"],
  "open-data": ["catalogue", "scores", "site", "sources", "schema", "vocabulary"],
  cms: ["content", "catalogue", "open-data", "schema", "site", "vocabulary"],
};

/** @type {import("dependency-cruiser").IForbiddenRuleType[]} */
export const FORBIDDEN = [
  {
    name: "no-circular",
    comment: "No cycles: every module can be read and tested below the ones that use it.",
    severity: "error",
    from: {},
    to: { circular: true },
  },
  {
    name: "no-unresolvable",
    comment: "Every relative import names a file that exists, so no import slips past the other rules.",
    severity: "error",
    from: {},
    to: { couldNotResolve: true, path: "^\\.{1,2}/" },
  },
  {
    name: "lib-through-index",
    comment:
      "Code outside src/lib imports a src/lib folder only through its index.ts (the browser islands in src/scripts through browser.ts where a folder has one).",
    severity: "error",
    from: { path: OUTSIDE_LIB, pathNot: "^src/scripts/|^src/integrations/" },
    to: { path: "^src/lib/[^/]+/", pathNot: "^src/lib/[^/]+/index\\.ts$" },
  },
  {
    name: "integrations-through-small-entries",
    comment:
      "The integrations import src/lib through index.ts, or cms/admin-policy.ts for the editor's policy: astro.config.mjs loads them before every build, and cms/index.ts would load the editor's whole configuration and check (about 180 modules) with them.",
    severity: "error",
    from: { path: "^src/integrations/" },
    to: {
      path: "^src/lib/[^/]+/",
      pathNot: "^src/lib/[^/]+/index\\.ts$|^src/lib/cms/admin-policy\\.ts$",
    },
  },
  {
    name: "islands-through-small-entries",
    comment:
      "The browser islands (src/scripts) import src/lib through index.ts, or browser.ts where a folder has one, so no index drags more code into a bundle.",
    severity: "error",
    from: { path: "^src/scripts/" },
    to: {
      path: "^src/lib/[^/]+/",
      pathNot: "^src/lib/(?!search/|cms/)[^/]+/index\\.ts$|^src/lib/(search|cms)/browser\\.ts$",
    },
  },
  {
    name: "schema-and-vocabulary-stand-alone",
    comment:
      "schema/ and vocabulary/ import nothing from pages, components, layouts, the editor (cms) or search.",
    severity: "error",
    from: { path: "^src/lib/(schema|vocabulary)/" },
    to: { path: "^src/(pages|components|layouts)/|^src/lib/(cms|search)/" },
  },
  {
    name: "cms-only-in-admin",
    comment: "The editor's code (src/lib/cms) is used by /admin/ only, never by a site page or component.",
    severity: "error",
    from: { path: "^src/(pages|components|layouts)/", pathNot: "^src/pages/admin/" },
    to: { path: "^src/lib/cms/" },
  },
  {
    name: "lib-below-the-rest",
    comment:
      "src/lib imports nothing from pages, components, layouts, src/data, src/scripts, integrations, scripts or tests.",
    severity: "error",
    from: { path: "^src/lib/", pathNot: "\\.test\\.ts$" },
    to: { path: "^(src/(pages|components|layouts|data|scripts|integrations)/|scripts/|tests/)" },
  },
  ...Object.entries(LIB_LAYERS).map(([folder, below]) => ({
    name: `lib-layers-${folder}`,
    comment: `src/lib/${folder}/ may import from ${below.length ? below.map((b) => `${b}/`).join(", ") : "no other src/lib folder"}.`,
    severity: /** @type {const} */ ("error"),
    from: { path: `^src/lib/${folder}/`, pathNot: "\\.test\\.ts$" },
    to: { path: "^src/lib/[^/]+/", pathNot: `^src/lib/(${[folder, ...below].join("|")})/` },
  })),
];

/** @type {import("dependency-cruiser").ICruiseOptions} */
export const OPTIONS = {
  doNotFollow: { path: "node_modules" },
  exclude: { path: "^(node_modules|dist|\\.astro)/" },
  // Type-only imports are dependencies of the design too, so they count for cycles and layers.
  tsPreCompilationDeps: true,
};
