/**
 * Site-wide facts: name and address, operator, repository, what the operator sets for the editor
 * (REPO_URL, CMS_AUTH_URL), security policy, accessibility statement and Danish formatting of values.
 * The public surface of src/lib/site/: code outside src/lib imports from here (see ARCHITECTURE.md).
 */
export * from "./accessibility-statement.ts";
export * from "./cms-settings.ts";
export * from "./format.ts";
export * from "./html-text.ts";
export * from "./operator.ts";
export * from "./repository.ts";
export * from "./security-policy.ts";
export * from "./site.ts";
export * from "./figure-text.ts";
export { environment } from "./environment.ts";
