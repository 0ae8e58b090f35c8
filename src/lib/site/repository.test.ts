import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import {
  editUrl,
  githubRepo,
  interventionFile,
  ISSUE_FORMS,
  issueFormUrl,
  PAGE_FIELD,
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

  it("open issue forms that exist in the repository", () => {
    for (const form of Object.values(ISSUE_FORMS))
      expect(existsSync(`.github/ISSUE_TEMPLATE/${form}`), form).toBe(true);
    expect(proposeUrl()).toBe(`${REPOSITORY.url}/issues/new?template=${ISSUE_FORMS.propose}`);
  });

  it("fill in a form's title and page field, encoded, and nothing else", () => {
    const url = new URL(
      issueFormUrl("stale", { title: "Forældet & flyttet?", page: "https://x.dk/a/?b=1#c" }),
    );
    expect([...url.searchParams.keys()]).toEqual(["template", "title", PAGE_FIELD]);
    expect(url.searchParams.get("title")).toBe("Forældet & flyttet?");
    expect(url.searchParams.get(PAGE_FIELD)).toBe("https://x.dk/a/?b=1#c");
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
