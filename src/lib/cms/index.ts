/**
 * The browser editor at /admin/ (Decap CMS): its configuration, file formats, hints, settings and its
 * Content-Security-Policy.
 * The public surface of src/lib/cms/: code outside src/lib imports from here (see ARCHITECTURE.md).
 */
export * from "./admin-policy.ts";
export * from "./cms-config.ts";
export * from "./cms-data.ts";
export * from "./cms-format.ts";
export * from "./cms-hints.ts";
export * from "./cms-links-format.ts";
export * from "./cms-settings.ts";
