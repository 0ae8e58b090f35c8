/** Warns once per build when REPO_URL is unset, since every link to the repository then points at a placeholder. */
import type { AstroIntegration } from "astro";
import { DEFAULT_REPOSITORY_URL, REPOSITORY } from "../lib/site/index.ts";

export const REPO_URL_WARNING = `REPO_URL is not set: "Foreslå en indsats", "Foreslå en rettelse", the change history and the editor point at the placeholder ${DEFAULT_REPOSITORY_URL}. Set REPO_URL to the project's GitHub repository when building the site for publishing.`;

export function repositoryUrlNotice(configured: boolean = REPOSITORY.configured): AstroIntegration {
  return {
    name: "lovende-praksis:repository-url",
    hooks: {
      "astro:build:start": ({ logger }) => {
        if (!configured) logger.warn(REPO_URL_WARNING);
      },
    },
  };
}
