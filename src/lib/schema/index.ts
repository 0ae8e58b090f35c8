/**
 * The frontmatter schemas (interventions, governance examples, links, part and phase introductions),
 * the field rules they share (text and its limits, numbers, dates, URLs and hosts, look-alikes,
 * assessments, vocabulary values) and their JSON Schema.
 * The public surface of src/lib/schema/: code outside src/lib imports from here (see ARCHITECTURE.md).
 */
export * from "./approach-field.ts";
export * from "./assessment-rules.ts";
export * from "./confirmation.ts";
export * from "./date-field.ts";
export * from "./email.ts";
export * from "./governance-schema.ts";
export * from "./host-policy.ts";
export * from "./intervention-schema.ts";
export * from "./json-schema.ts";
export * from "./link-schema.ts";
export * from "./number-fields.ts";
export * from "./number-form.ts";
export * from "./part-intro-schema.ts";
export * from "./phase-intro-schema.ts";
export * from "./responsible.ts";
export * from "./schema-pieces.ts";
export * from "./source-exceptions.ts";
export * from "./suggest.ts";
export * from "./text-fields.ts";
export * from "./text-rules.ts";
export * from "./unicode-security.ts";
export * from "./url-policy.ts";
export * from "./vocabulary-field.ts";
