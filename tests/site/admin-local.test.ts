/**
 * `npm run admin` as an editor uses it: the dev server and decap-server (MODE=git) on one working tree,
 * here a temporary Git copy of the project, so nothing is written to this repository. Before the fix,
 * one saved draft made the editor reload every two seconds for ever ("Indlæser dokumenter…"): decap-server
 * reads a draft by checking out its branch in the working tree the dev server watched, and the dev server
 * told the editor to reload. Also: the form shows the check's Danish messages before saving, and what an
 * editor types ({, <, www., a title in another script) is saved as a file that `npm run check` accepts.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { checkContent, contentTree, formatProblem } from "../../src/lib/check/index.ts";
import { LOCAL_PROXY, ONE_LINE_RULE } from "../../src/lib/cms/index.ts";
import { entryId } from "../../src/lib/content/index.ts";
import { launchChromium } from "../support/browser.ts";

const work = mkdtempSync(join(tmpdir(), "lp-admin-local-"));
const repo = join(work, "repo");
const GIT_ENV = {
  GIT_AUTHOR_NAME: "Redaktør",
  GIT_AUTHOR_EMAIL: "redaktoer@example.invalid",
  GIT_COMMITTER_NAME: "Redaktør",
  GIT_COMMITTER_EMAIL: "redaktoer@example.invalid",
};
const git = (...args: string[]) =>
  execFileSync("git", ["-C", repo, ...args], {
    encoding: "utf8",
    env: { ...process.env, ...GIT_ENV },
    stdio: ["ignore", "pipe", "pipe"],
  });

/** What `npm run admin` needs of the project: the site's sources, the content and the configuration. */
const PROJECT = ["src", "scripts", "content", "public", "astro.config.mjs", "package.json", "tsconfig.json"];

const CYRILLIC_TITLE = "Молодёжь в работе";
const CYRILLIC_SLUG = entryId(CYRILLIC_TITLE);

let admin: ChildProcess;
let output = "";
let browser: Browser;
let page: Page;
let adminUrl: string;
/** Every time the browser fetched the editor page itself: a load or a reload. */
let pageLoads = 0;

/** The environment an editor's shell has: without the test runner's NODE_ENV=test and VITEST*, under which Astro's dev server serves no pages. */
function editorEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== "NODE_ENV" && !name.startsWith("VITEST")),
  );
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

beforeAll(async () => {
  mkdirSync(repo);
  for (const name of PROJECT) cpSync(name, join(repo, name), { recursive: true });
  // The packages, linked one by one: the dev server's own caches (node_modules/.vite, .astro) stay in
  // the copy instead of being shared with this checkout's dev server.
  mkdirSync(join(repo, "node_modules"));
  for (const name of readdirSync("node_modules")) {
    if (!name.startsWith(".")) symlinkSync(resolve("node_modules", name), join(repo, "node_modules", name));
  }
  git("init", "-q", "-b", "main");
  writeFileSync(join(repo, ".gitignore"), "node_modules\ndist/\n.astro/\n");
  git("add", "-A");
  git("commit", "-q", "-m", "Projektet");

  const [devPort, proxyPort] = [await freePort(), await freePort()];
  // A process group of its own, so the test can stop the dev server and decap-server together.
  admin = spawn(
    process.execPath,
    ["scripts/admin.ts", "--port", String(devPort), "--proxy-port", String(proxyPort)],
    { cwd: repo, env: { ...editorEnv(), ...GIT_ENV, NO_COLOR: "1" }, detached: true },
  );
  admin.stdout!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  admin.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const started = Date.now();
  while (!/Redaktøren kører: \S+/.test(output)) {
    if (admin.exitCode !== null || Date.now() - started > 120_000)
      throw new Error(`npm run admin did not start:\n${output}`);
    await new Promise((wait) => setTimeout(wait, 250));
  }
  if (!output.includes("Hvert udkast bliver en lokal gren")) throw new Error(`Not in MODE=git:\n${output}`);
  adminUrl = /Redaktøren kører: (\S+)/.exec(output)![1]!;

  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The page asks for the proxy at Decap's fixed address; send those requests to this test's proxy.
  await context.route(`${new URL(LOCAL_PROXY).origin}/**`, async (route) => {
    const url = route.request().url().replace(new URL(LOCAL_PROXY).origin, `http://127.0.0.1:${proxyPort}`);
    await route.fulfill({ response: await route.fetch({ url }) });
  });
  page = await context.newPage();
  page.on("request", (request) => {
    if (request.resourceType() === "document" && request.url().startsWith(adminUrl)) pageLoads++;
  });
  page.on("dialog", (dialog) => void dialog.accept());
}, 180_000);

afterAll(async () => {
  await page?.context().unrouteAll({ behavior: "ignoreErrors" });
  await browser?.close();
  if (admin?.pid && admin.exitCode === null) {
    try {
      process.kill(-admin.pid, "SIGTERM");
    } catch {
      admin.kill();
    }
  }
  rmSync(work, { recursive: true, force: true });
});

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

/** Goes to a view of the editor inside the page, as its own links do: no new page load. */
async function go(hash: string) {
  await page.evaluate((target) => (location.hash = target), hash);
}

/** Back to the list of interventions, as the editor's own back arrow goes. */
async function toList() {
  await go("/collections/interventions");
  await page.getByRole("heading", { name: "Indsatser", exact: true }).first().waitFor();
}

/** Opens an entry from the list, as an editor does, and waits until the form shows it. */
async function openEntry(title: string) {
  await toList();
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect.poll(() => field("Titel").inputValue(), { timeout: 30_000 }).toBe(title);
}

/** A new, empty intervention from the list's "+ Indsats". */
async function newEntry() {
  await toList();
  await page.getByText("+ Indsats", { exact: true }).click();
  await expect.poll(() => field("Titel").inputValue(), { timeout: 30_000 }).toBe("");
}

/** The files a draft branch changes compared with main; none while it does not exist. */
function changedFiles(branch: string): string {
  try {
    return git("diff", "--name-only", "main", branch).trim();
  } catch {
    return "";
  }
}

async function saveDraft(slug: string) {
  await page.getByRole("button", { name: "Gem", exact: true }).click();
  await expect
    .poll(() => changedFiles(`cms/interventions/${slug}`), { timeout: 30_000 })
    .toBe(`content/interventions/${slug}.mdx`);
  await page.getByText("Status: Kladder").waitFor();
}

/** On a failure, a screenshot of the editor as it was, named in the test's output. */
function screenshotOnFailure(name: string) {
  onTestFailed(async () => {
    const path = join(tmpdir(), `lp-admin-local-${name}.png`);
    await page.screenshot({ path, fullPage: true });
    console.error(`Skærmbillede: ${path}`);
  });
}

describe("npm run admin: the editor on a local Git copy", () => {
  it("saves two drafts in a row, loads the page once for it, and still lists the entries 20 s later", async () => {
    screenshotOnFailure("drafts");
    await page.goto(adminUrl);
    // The first load waits for the dev server to compile the editor's modules.
    await page.getByRole("button", { name: "Log ind" }).click({ timeout: 90_000 });
    await page.getByRole("heading", { name: "Indsatser", exact: true }).waitFor();
    let actions = 1;

    await openEntry("Alle unge skal med");
    await field("Formål").fill("At få unge ledige på uddannelseshjælp i job eller uddannelse.");
    await saveDraft("alle-unge-skal-med");
    actions++;

    await openEntry("SKUB");
    await field("Formål").fill("At hjælpe unge, der er gået i stå, videre i uddannelse eller job.");
    await saveDraft("skub");
    actions++;

    // The loop reloaded about every two seconds; give it ten times that to show itself.
    await page.waitForTimeout(20_000);
    expect(pageLoads, output).toBeLessThanOrEqual(actions);
    expect(pageLoads).toBe(1);
    await toList();
    await page.getByRole("link", { name: /^Alle unge skal med/ }).waitFor({ timeout: 15_000 });
    await expect.poll(() => page.getByText("Indlæser dokumenter").count()).toBe(0);
    expect(pageLoads).toBe(1);
  }, 180_000);

  it("shows the schema's rules in the form, in Danish, before anything is saved", async () => {
    screenshotOnFailure("rules");
    await newEntry();
    await field("Resumé").fill("For kort.");
    await field("Titel").click();
    await page.getByText(`Resumé: Skriv 40–320 tegn ${ONE_LINE_RULE}.`).waitFor();
    await field("Titel").fill("Ti\u202etel");
    await field("Resumé").click();
    await page.getByText(`Titel: Skriv 3–120 tegn ${ONE_LINE_RULE}.`).waitFor();
  }, 60_000);

  it("saves {, <, www. and a title in Cyrillic as a file the check accepts, after the check's message in the form", async () => {
    screenshotOnFailure("check");
    await newEntry();
    await field("Titel").fill(CYRILLIC_TITLE);
    await field("Resumé").fill(
      "En indsats for unge ledige, der får en fast vejleder og hjælp til at begynde på en uddannelse.",
    );
    await choose("Kommuner", "Odense");
    await field("Ansvarlig").fill("Ungeenheden, Odense Kommune");
    // Only the check knows that a contact must not be http://: the form must say so before saving.
    await field("Kontakt").fill("http://eksempel.dk/unge");
    await field("Formål").fill("At hjælpe unge ledige i gang med en uddannelse.");
    await field("Beskrivelse af målgruppen").fill("Unge ledige i Odense under 30 år.");
    await choose("Målgruppe-tags", "Ledige unge");
    await choose("Forankrings-tags", "Jobcenter");
    await choose("Fase", "Efter grundskolen");
    await page.getByRole("button", { name: /Tilføj kilder/ }).click();
    await choose("Publikation", "Lovende praksis");
    await field("Afsnit").fill("Case: Молодёжь");
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type("Unge under 18 år: <18 og {alle} andre. Læs mere på www.eksempel.dk i dag.");

    await page.getByRole("button", { name: "Gem", exact: true }).click();
    const problems = page.locator("[data-form-problems]");
    await problems.waitFor();
    expect(await problems.textContent()).toMatch(/Kontakt: .*http:\/\/ er ikke krypteret/);
    expect(changedFiles(`cms/interventions/${CYRILLIC_SLUG}`)).toBe("");

    await field("Kontakt").clear();
    await field("Kontakt").fill("https://eksempel.dk/unge");
    await saveDraft(CYRILLIC_SLUG);
    await expect.poll(() => problems.count()).toBe(0);

    expect(CYRILLIC_SLUG).toBe("molodyozh-v-rabote");
    const checkout = join(work, "draft");
    mkdirSync(checkout);
    execFileSync("tar", ["-x", "-C", checkout], {
      input: execFileSync("git", ["-C", repo, "archive", `cms/interventions/${CYRILLIC_SLUG}`, "content"], {
        maxBuffer: 64 * 1024 * 1024,
      }),
    });
    const file = readFileSync(join(checkout, "content/interventions", `${CYRILLIC_SLUG}.mdx`), "utf8");
    expect(file).toContain(`title: ${CYRILLIC_TITLE}\n`);
    expect(file).toContain("\\<18 og \\{alle\\} andre. Læs mere på `www.eksempel.dk` i dag.");
    const { problems: found } = checkContent(contentTree(join(checkout, "content")), checkout);
    expect(found.map(formatProblem)).toEqual([]);
  }, 120_000);

  it("did not reload the editor at any point", () => {
    expect(pageLoads).toBe(1);
    // Nor did the dev server find a dependency late, which it could only apply by reloading the page.
    const errors = output.split("\n").filter((line) => /\[ERROR\]|Indholdsfejl|reloading/i.test(line));
    expect(errors).toEqual([]);
  });
});
