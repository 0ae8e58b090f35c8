import { environment } from "./environment.ts";
/**
 * The GitHub repository editors send pull requests to: the one place its address is set.
 * Set REPO_URL (and REPO_BRANCH if it is not main) when building the public site; the default
 * is a placeholder until the project's real repository address is known.
 */
export const DEFAULT_REPOSITORY_URL = "https://github.com/lovende-praksis/lovende-praksis";

const configuredUrl = environment()["REPO_URL"]?.trim() || undefined;

export const REPOSITORY = {
  url: (configuredUrl ?? DEFAULT_REPOSITORY_URL).replace(/\/+$/, ""),
  branch: environment()["REPO_BRANCH"] || "main",
  /** False while the links point at the placeholder; the build then warns (src/integrations/repository-url-notice.ts). */
  configured: configuredUrl !== undefined,
} as const;

/** Where an intervention's file lives in the repository, whatever folder the build read it from. */
export const interventionFile = (slug: string) => `content/interventions/${slug}.mdx`;

/** GitHub's web editor for one intervention: editors propose a change without a local setup. */
export const editUrl = (slug: string) =>
  `${REPOSITORY.url}/edit/${REPOSITORY.branch}/${interventionFile(slug)}`;

/** The repository's guide for editors. */
export const contributingUrl = () => `${REPOSITORY.url}/blob/${REPOSITORY.branch}/CONTRIBUTING.md`;
/** The repository's README, e.g. at the section on setting up the browser editor. */
export const readmeUrl = (anchor = "") =>
  `${REPOSITORY.url}/blob/${REPOSITORY.branch}/README.md${anchor ? `#${anchor}` : ""}`;

/**
 * The repository's issue forms (.github/ISSUE_TEMPLATE/): readers answer a form's questions on GitHub, no Git
 * needed. A link fills in the title and, for the forms about one entry, the field with its page's address.
 */
export const ISSUE_FORMS = {
  propose: "foreslaa-en-indsats.yml",
  stale: "foraeldede-oplysninger.yml",
  contact: "foreslaa-en-kontakt.yml",
} as const;
/** The id of the field in the stale and contact forms that holds the entry's page address. */
export const PAGE_FIELD = "side";

export function issueFormUrl(
  form: keyof typeof ISSUE_FORMS,
  prefill?: { title: string; page: string },
): string {
  const query = new URLSearchParams({ template: ISSUE_FORMS[form] });
  if (prefill) {
    query.set("title", prefill.title);
    query.set(PAGE_FIELD, prefill.page);
  }
  return `${REPOSITORY.url}/issues/new?${query}`;
}
export const proposeUrl = () => issueFormUrl("propose");
/** Every commit that touched one intervention's file, on the repository's web view. */
export const historyUrl = (slug: string) =>
  `${REPOSITORY.url}/commits/${REPOSITORY.branch}/${interventionFile(slug)}`;

/** One commit on the repository's web view. */
export const commitUrl = (hash: string) => `${REPOSITORY.url}/commit/${hash}`;
/** A new, blank issue in the repository, e.g. to question an assessment. */
export const newIssueUrl = () => `${REPOSITORY.url}/issues/new`;

/** "owner/name" of a GitHub repository address, or undefined for any other address. */
export function githubRepo(url: string): string | undefined {
  const match = /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url);
  return match ? `${match[1]}/${match[2]}` : undefined;
}
