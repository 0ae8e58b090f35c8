/**
 * What the browser editor at /admin/ needs from the operator, read from the build's environment:
 * the GitHub repository (REPO_URL, shared with the "Foreslå en rettelse" links) and the address of
 * the OAuth token-exchange service (CMS_AUTH_URL). Nothing secret: the OAuth client secret lives only
 * in that service. README.md describes the setup step by step.
 */
import { githubRepo, REPOSITORY } from "./repository.ts";

export type BackendSettings = {
  /** "owner/name" on GitHub. */
  repo: string;
  branch: string;
  /** Base URL of the OAuth token-exchange service; undefined until the operator has set one up. */
  authUrl: string | undefined;
  siteUrl: string;
};

export type CmsSettings = BackendSettings & {
  /** Danish descriptions of what the operator still has to set; empty when GitHub login works. */
  missing: string[];
};

export function cmsSettings(env: Readonly<Record<string, string | undefined>>, siteUrl: string): CmsSettings {
  const missing: string[] = [];
  const repo = env["REPO_URL"] ? githubRepo(REPOSITORY.url) : undefined;
  if (!repo) {
    missing.push(
      "REPO_URL: adressen på projektets GitHub-repository, fx https://github.com/<ejer>/lovende-praksis.",
    );
  }
  const authUrl = env["CMS_AUTH_URL"]?.replace(/\/+$/, "") || undefined;
  if (!authUrl || !/^https:\/\//.test(authUrl)) {
    missing.push(
      "CMS_AUTH_URL: https-adressen på den lille tjeneste, der udveksler GitHubs OAuth-kode til et token.",
    );
  }
  return {
    repo: repo ?? githubRepo(REPOSITORY.url) ?? "lovende-praksis/lovende-praksis",
    branch: REPOSITORY.branch,
    authUrl: authUrl && /^https:\/\//.test(authUrl) ? authUrl : undefined,
    siteUrl,
    missing,
  };
}
