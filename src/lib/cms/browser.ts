/**
 * The part of src/lib/cms/ that the editor's browser script (src/scripts/admin.ts) may import. Through
 * index.ts the bundler would also evaluate cms-data.ts, whose top-level code pulls the open-data and
 * JSON Schema modules into the editor bundle (tried: 207 KB became 268 KB); these modules are all the
 * editor needs in the browser. cms-check.ts brings the check itself (the shared reader, the zod schemas
 * and the body rules), which the editor runs before every save.
 */
export * from "./admin-policy.ts";
export * from "./cms-check.ts";
export * from "./cms-config.ts";
export * from "./cms-format.ts";
export * from "./cms-links-format.ts";
export * from "./cms-locale.ts";
