import { spawnSync } from "node:child_process";
import type { AstroIntegrationLogger } from "astro";
import { describe, expect, it } from "vitest";
import { DEFAULT_REPOSITORY_URL } from "../lib/site/index.ts";
import { REPO_URL_WARNING, repositoryUrlNotice } from "./repository-url-notice.ts";

function warningsFor(configured: boolean): string[] {
  const warnings: string[] = [];
  const logger = { warn: (message: string) => warnings.push(message) } as unknown as AstroIntegrationLogger;
  const start = repositoryUrlNotice(configured).hooks["astro:build:start"] as (options: {
    logger: AstroIntegrationLogger;
  }) => void;
  start({ logger });
  return warnings;
}

/** REPOSITORY.configured as the build sees it with the given REPO_URL (undefined: unset). */
function configuredWith(repoUrl: string | undefined): string {
  const env = { ...process.env };
  delete env["REPO_URL"];
  if (repoUrl !== undefined) env["REPO_URL"] = repoUrl;
  const script = "import('./src/lib/site/index.ts').then((m) => console.log(m.REPOSITORY.configured))";
  return spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    encoding: "utf8",
    env,
  }).stdout.trim();
}

describe("repositoryUrlNotice", () => {
  it("warns once per build when REPO_URL is unset, and names the placeholder and the links it affects", () => {
    expect(warningsFor(false)).toEqual([REPO_URL_WARNING]);
    expect(REPO_URL_WARNING).toContain(DEFAULT_REPOSITORY_URL);
    expect(REPO_URL_WARNING).toMatch(/Foreslå en indsats.*Foreslå en rettelse/);
  });

  it("stays quiet when the repository is set", () => {
    expect(warningsFor(true)).toEqual([]);
  });

  it("reads whether REPO_URL is set from the one repository module, ignoring blanks", () => {
    expect(configuredWith(undefined)).toBe("false");
    expect(configuredWith("  ")).toBe("false");
    expect(configuredWith("https://github.com/region/katalog")).toBe("true");
  });
});
