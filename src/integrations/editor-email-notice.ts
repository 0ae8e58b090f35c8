/** Warns once per build when EDITOR_EMAIL is unset: readers then have no e-mail route to the editors. */
import type { AstroIntegration } from "astro";
import { EDITORS } from "../lib/catalogue/index.ts";

export const EDITOR_EMAIL_WARNING =
  'EDITOR_EMAIL is not set: "Er oplysningerne forældede?" and the other e-mail routes to the editors say that e-mail is not set up yet, and only the GitHub routes work. Set EDITOR_EMAIL to the editors\' functional mailbox when building the site for publishing.';

export function editorEmailNotice(configured: boolean = EDITORS.configured): AstroIntegration {
  return {
    name: "lovende-praksis:editor-email",
    hooks: {
      "astro:build:start": ({ logger }) => {
        if (!configured) logger.warn(EDITOR_EMAIL_WARNING);
      },
    },
  };
}
