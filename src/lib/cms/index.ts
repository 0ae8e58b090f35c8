/**
 * The browser editor at /admin/ (Decap CMS): its configuration, file formats, hints and its
 * Content-Security-Policy. What the operator sets for it (cmsSettings) is in src/lib/site/, since the
 * contribute page also asks whether the editor is set up.
 * The public surface of src/lib/cms/: code outside src/lib imports from here (see ARCHITECTURE.md).
 */
export * from "./admin-policy.ts";
export * from "./cms-body.ts";
export * from "./cms-check.ts";
export * from "./cms-config.ts";
export * from "./cms-data.ts";
export * from "./cms-format.ts";
export * from "./cms-hints.ts";
export * from "./cms-links-format.ts";
export * from "./cms-locale.ts";
