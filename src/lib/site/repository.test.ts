import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import {
  editUrl,
  githubRepo,
  interventionFile,
  PROPOSE_TEMPLATE,
  proposeUrl,
  REPOSITORY,
} from "./repository.ts";

describe("repository links", () => {
  it("point GitHub's editor at the entry's file on the branch", () => {
    expect(editUrl("skub")).toBe(
      `${REPOSITORY.url}/edit/${REPOSITORY.branch}/content/interventions/skub.mdx`,
    );
    expect(interventionFile("skub")).toBe("content/interventions/skub.mdx");
    expect(REPOSITORY.url).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+$/);
  });

  it("open the issue form that exists in the repository for proposing an intervention", () => {
    expect(existsSync(`.github/ISSUE_TEMPLATE/${PROPOSE_TEMPLATE}`)).toBe(true);
    expect(proposeUrl()).toBe(`${REPOSITORY.url}/issues/new?template=${PROPOSE_TEMPLATE}`);
  });

  it("take the repository and branch from REPO_URL and REPO_BRANCH", () => {
    const script = "import('./src/lib/site/repository.ts').then((m) => console.log(m.editUrl('skub')))";
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      encoding: "utf8",
      env: { ...process.env, REPO_URL: "https://github.com/region/katalog/", REPO_BRANCH: "udgivet" },
    });
    expect(result.stdout.trim()).toBe(
      "https://github.com/region/katalog/edit/udgivet/content/interventions/skub.mdx",
    );
  });
  it("reads owner/name from a GitHub address and nothing else", () => {
    expect(githubRepo("https://github.com/ejer/lovende-praksis")).toBe("ejer/lovende-praksis");
    expect(githubRepo("https://github.com/ejer/lovende-praksis.git")).toBe("ejer/lovende-praksis");
    expect(githubRepo("https://gitlab.com/ejer/lovende-praksis")).toBeUndefined();
  });
});
