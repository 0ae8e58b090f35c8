/**
 * The browser editor end to end, without GitHub: Decap CMS from the build's /admin/, against decap-server in
 * MODE=git on a temporary copy of the content. A draft made through the form must be a branch whose file
 * passes `npm run check` and builds into a page; an edit of an existing entry must change only its fields.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalProxy, type LocalProxy } from "../../scripts/lib/local-proxy.ts";
import { serveStatic, type StaticSite } from "../../scripts/lib/static-server.ts";
import { LOCAL_PROXY } from "../../src/lib/cms/index.ts";
import { routes } from "../../src/lib/catalogue/index.ts";
import { slugify } from "../../src/lib/content/index.ts";
import { launchChromium } from "../support/browser.ts";
import { DIST, requireBuild } from "../support/dist.ts";
import { buildWithContent, runNode } from "../support/run-node.ts";

requireBuild();

const work = mkdtempSync(join(tmpdir(), "lp-admin-"));
const repo = join(work, "repo");
const GIT_ENV = {
  GIT_AUTHOR_NAME: "Redaktør",
  GIT_AUTHOR_EMAIL: "redaktoer@example.invalid",
  GIT_COMMITTER_NAME: "Redaktør",
  GIT_COMMITTER_EMAIL: "redaktoer@example.invalid",
};
const git = (...args: string[]) =>
  execFileSync("git", ["-C", repo, ...args], { encoding: "utf8", env: { ...process.env, ...GIT_ENV } });

const NEW_TITLE = "Testindsats på Ærø og i Odense";
// The file name `npm run new` gives the title (å → aa, æ → ae, ø → oe); Decap's own rules would give "pa", "aero".
const NEW_SLUG = slugify(NEW_TITLE);
const EDITED_SLUG = "alle-unge-skal-med";

let proxy: LocalProxy;
let site: StaticSite;
let browser: Browser;
let page: Page;
let adminUrl: string;
const problems: string[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  mkdirSync(repo);
  cpSync("content", join(repo, "content"), { recursive: true });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "Indhold");
  proxy = await startLocalProxy({ repoDir: repo, port: await freePort(), mode: "git", env: GIT_ENV });
  site = await serveStatic(DIST);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The page asks for the proxy at Decap's fixed address; send those requests to this test's proxy.
  await context.route(`${new URL(LOCAL_PROXY).origin}/**`, async (route) => {
    const url = route.request().url().replace(new URL(LOCAL_PROXY).origin, new URL(proxy.url).origin);
    await route.fulfill({ response: await route.fetch({ url }) });
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`CSP: ${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`),
    );
  });
  page = await context.newPage();
  // Decap logs expected conditions (a draft not found yet) as console errors; CSP violations count.
  page.on("console", (message) => {
    if (message.text().startsWith("CSP:")) problems.push(message.text());
  });
  page.on("response", (response) => {
    // The proxy answers 404 when Decap asks for a draft that does not exist yet; that is how it checks.
    const expected = response.status() === 404 && response.url() === LOCAL_PROXY;
    if (response.status() >= 400 && !expected) problems.push(`${response.status()} ${response.url()}`);
  });
  // Decap asks before leaving an entry with unsaved changes; the test has saved by then.
  page.on("dialog", (dialog) => void dialog.accept());
  // Decap only looks for the local proxy when the page itself is on localhost or 127.0.0.1.
  adminUrl = `${site.url.replace("localhost", "127.0.0.1")}${routes.admin()}`;
  await page.goto(adminUrl);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.getByRole("heading", { name: "Indsatser", exact: true }).waitFor();
}, 120_000);

afterAll(async () => {
  // Decap keeps polling the proxy; let requests in flight end quietly when the browser closes.
  await page?.context().unrouteAll({ behavior: "ignoreErrors" });
  await browser?.close();
  await site?.close();
  proxy?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** Opens a view of the editor afresh, so nothing of the previous view is left on the page. */
async function open(hash: string) {
  await page.goto("about:blank");
  await page.goto(`${adminUrl}${hash}`);
}

/** A form field by its label; optional fields carry Decap's "(kan udelades)". */
const field = (label: string) => page.getByLabel(new RegExp(`^${label}( \\(kan udelades\\))?$`));

/** Chooses a value in a select or relation widget (react-select) by typing part of its label. */
async function choose(label: string, text: string) {
  const input = field(label);
  await input.click();
  await input.pressSequentially(text);
  await page
    .getByRole("option", { name: new RegExp(text) })
    .first()
    .click();
}

/** Files a branch changes compared with main; none while the branch does not exist yet. */
function changedFiles(branch: string): string {
  try {
    return execFileSync("git", ["-C", repo, "diff", "--name-only", "main", branch], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return "";
  }
}

/** Saves the entry as a draft and waits until its branch holds the commit. */
async function saveDraft(
  slug: string,
  branch = `cms/interventions/${slug}`,
  file = `content/interventions/${slug}.mdx`,
) {
  await page.getByRole("button", { name: "Gem", exact: true }).click();
  try {
    await expect.poll(() => changedFiles(branch), { timeout: 30_000 }).toBe(file);
  } catch (error) {
    await page.screenshot({ path: join(tmpdir(), `lp-admin-${slug}.png`), fullPage: true });
    throw error;
  }
}

describe("the editor at /admin/ against a local Git repository", () => {
  it("creates an intervention through the form as a draft branch that passes the check and builds", async () => {
    await open("#/collections/interventions/new");
    expect(NEW_SLUG).toBe("testindsats-paa-aeroe-og-i-odense");
    await field("Titel").fill(NEW_TITLE);
    await field("Resumé").fill(
      "En indsats, der hjælper unge ledige i Odense videre i uddannelse med tæt kontakt til en vejleder.",
    );
    await choose("Kommuner", "Odense");
    // Required by the schema, so the form must ask for it before it saves.
    await field("Ansvarlig").fill("Ungeenheden, Odense Kommune");
    await field("Formål").fill("At hjælpe unge ledige i gang med en uddannelse.");
    await field("Beskrivelse af målgruppen").fill("Unge ledige i Odense under 30 år.");
    await choose("Målgruppe-tags", "Ledige unge");
    await choose("Målgruppe-tags", "Psykisk sårbare");
    await choose("Forankrings-tags", "Jobcenter");
    await choose("Fase", "Efter grundskolen");
    await page.getByRole("button", { name: /Tilføj kilder/ }).click();
    await choose("Publikation", "Lovende praksis");
    await field("Afsnit").fill("Case: Testindsats");
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type("Indsatsen giver hver ung en fast vejleder.");
    await saveDraft(NEW_SLUG);

    const branch = `cms/interventions/${NEW_SLUG}`;
    const checkout = join(work, "draft");
    mkdirSync(checkout);
    execFileSync("tar", ["-x", "-C", checkout], {
      input: execFileSync("git", ["-C", repo, "archive", branch]),
    });
    const file = readFileSync(join(checkout, "content/interventions", `${NEW_SLUG}.mdx`), "utf8");
    expect(file).toMatch(new RegExp(`^---\ntitle: ${NEW_TITLE}\nsummary: `));
    expect(file).toContain("  municipalities: [odense]\n");
    expect(file).toContain("\nresponsible: Ungeenheden, Odense Kommune\n");
    expect(file).toContain("  tags: [ledige-unge, psykisk-saarbare]\n");
    expect(file).toMatch(
      /\nreviewed: \d{4}-\d{2}-\d{2}\n---\n\nIndsatsen giver hver ung en fast vejleder\.\n$/,
    );

    const check = await runNode(["scripts/check-content.ts", join(checkout, "content")]);
    expect(check.status, check.output).toBe(0);

    // A cheap build: the phases, the links and only the new entry.
    const content = join(work, "build-content");
    cpSync(join(checkout, "content/phases"), join(content, "phases"), { recursive: true });
    cpSync(join(checkout, "content/links.toml"), join(content, "links.toml"));
    mkdirSync(join(content, "interventions"));
    cpSync(
      join(checkout, "content/interventions", `${NEW_SLUG}.mdx`),
      join(content, "interventions", `${NEW_SLUG}.mdx`),
    );
    const out = join(work, "dist");
    const build = await buildWithContent(content, out, { timeoutMs: 180_000 });
    expect(build.status, build.output).toBe(0);
    const pageFile = join(out, routes.intervention(NEW_SLUG), "index.html");
    expect(existsSync(pageFile)).toBe(true);
    expect(readFileSync(pageFile, "utf8")).toContain(NEW_TITLE);
  }, 240_000);

  it("edits an existing entry so that the diff touches only the changed fields", async () => {
    await open(`#/collections/interventions/entries/${EDITED_SLUG}`);
    await field("Titel").waitFor();
    await choose("Status", "Afsluttet");
    await field("Formål").fill("At få unge ledige på uddannelseshjælp i job eller uddannelse.");
    await saveDraft(EDITED_SLUG);

    const diff = git("diff", "--unified=0", "main", `cms/interventions/${EDITED_SLUG}`);
    const changed = diff.split("\n").filter((line) => /^[-+](?![-+])/.test(line));
    expect(changed).toEqual([
      expect.stringMatching(/^-focus: /),
      "+focus: At få unge ledige på uddannelseshjælp i job eller uddannelse.",
      "-status: igangvaerende",
      "+status: afsluttet",
    ]);
  }, 120_000);

  it("adds a link to content/links.toml as a draft that passes the check and changes nothing else", async () => {
    await open("#/collections/links/entries/links");
    await page.getByRole("button", { name: /Tilføj link/ }).click();
    await field("Kortnavn").last().fill("odense-testlink");
    await field("Titel").last().fill("Unge på vej i Odense");
    await field("Adresse").last().fill("https://www.odense.dk/unge");
    await saveDraft("links", "cms/links/links", "content/links.toml");

    const diff = git("diff", "--unified=0", "main", "cms/links/links");
    const changed = diff.split("\n").filter((line) => /^[-+](?![-+])/.test(line));
    expect(changed).toEqual([
      "+",
      "+[odense-testlink]",
      '+title = "Unge på vej i Odense"',
      '+url = "https://www.odense.dk/unge"',
    ]);
    const checkout = join(work, "links-draft");
    mkdirSync(checkout);
    execFileSync("tar", ["-x", "-C", checkout], {
      input: execFileSync("git", ["-C", repo, "archive", "cms/links/links"]),
    });
    const check = await runNode(["scripts/check-content.ts", join(checkout, "content")]);
    expect(check.status, check.output).toBe(0);
  }, 120_000);

  it("lists the governance examples in their own collection", async () => {
    await open("#/collections/governance");
    await page.getByRole("heading", { name: "Styring og samarbejde" }).waitFor();
    await page.getByText("Silkeborg Kommunes ungestrategi").first().waitFor();
  }, 60_000);

  it("ran without a CSP violation or a failed request", () => {
    expect(problems).toEqual([]);
  });
});
