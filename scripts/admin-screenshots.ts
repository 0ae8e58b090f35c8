/**
 * Takes the screenshots of the browser editor in CONTRIBUTING.md (docs/admin/*.png) from the real editor:
 * the built /admin/ in Chromium against decap-server on a temporary copy of content/.
 * Usage: npm run build && node scripts/admin-screenshots.ts
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LOCAL_PROXY } from "../src/lib/cms/index.ts";
import { routes } from "../src/lib/catalogue/index.ts";
import { launchChromium } from "../tests/support/browser.ts";
import { startLocalProxy } from "./lib/local-proxy.ts";
import { serveStatic } from "./lib/static-server.ts";

const OUT = "docs/admin";
const work = mkdtempSync(join(tmpdir(), "lp-shots-"));
const env = { GIT_AUTHOR_NAME: "Redaktør", GIT_AUTHOR_EMAIL: "r@example.invalid" };
const git = (...args: string[]) =>
  execFileSync("git", ["-C", work, ...args], {
    env: { ...process.env, ...env, GIT_COMMITTER_NAME: "Redaktør", GIT_COMMITTER_EMAIL: "r@example.invalid" },
  });
cpSync("content", join(work, "content"), { recursive: true });
git("init", "-q", "-b", "main");
git("add", "-A");
git("commit", "-q", "-m", "Indhold");

const proxy = await startLocalProxy({ repoDir: work, port: 8198, mode: "git", env });
const site = await serveStatic("dist");
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route(`${new URL(LOCAL_PROXY).origin}/**`, async (route) => {
    const url = route.request().url().replace(new URL(LOCAL_PROXY).origin, new URL(proxy.url).origin);
    await route.fulfill({ response: await route.fetch({ url }) });
  });
  const page = await context.newPage();
  const admin = `${site.url.replace("localhost", "127.0.0.1")}${routes.admin()}`;
  mkdirSync(OUT, { recursive: true });
  await page.goto(admin);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.getByRole("heading", { name: "Indsatser", exact: true }).waitFor();
  // The list, not its "Indlæser dokumenter…": wait for the first entries, sorted by title.
  await page.getByRole("link", { name: "Alle unge skal med", exact: true }).waitFor();
  await page.screenshot({ path: join(OUT, "oversigt.png") });

  await page.goto("about:blank");
  await page.goto(`${admin}#/collections/interventions/new`);
  const field = (label: string) => page.getByLabel(new RegExp(`^${label}( \\(kan udelades\\))?$`));
  await field("Titel").fill("Unge på vej i Aarhus");
  await field("Resumé").fill(
    "En indsats, hvor unge ledige får en fast kontaktperson og hjælp til at vælge og begynde på en uddannelse.",
  );
  const municipalities = field("Kommuner");
  await municipalities.click();
  await municipalities.pressSequentially("Aarhus");
  await page.getByRole("option", { name: "Aarhus" }).first().click();
  await field("Ansvarlig").fill("Ungeenheden, Aarhus Kommune");
  await field("Formål").fill("At hjælpe unge ledige videre i uddannelse.");
  await field("Titel").scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUT, "ny-indsats.png") });

  await field("Beskrivelse af målgruppen").fill("Unge ledige under 30 år.");
  for (const [label, text] of [
    ["Målgruppe-tags", "Ledige unge"],
    ["Forankrings-tags", "Jobcenter"],
    ["Fase", "Efter grundskolen"],
  ] as const) {
    const input = field(label);
    await input.click();
    await input.pressSequentially(text);
    await page.getByRole("option", { name: text }).first().click();
  }
  await page.getByRole("button", { name: /Tilføj kilder/ }).click();
  const publication = field("Publikation");
  await publication.click();
  await publication.pressSequentially("Lovende praksis");
  await page
    .getByRole("option", { name: /Lovende praksis/ })
    .first()
    .click();
  await field("Afsnit").fill("Case: Unge på vej");
  await page.locator('[data-slate-editor="true"]').click();
  await page.keyboard.type("Indsatsen giver hver ung en fast kontaktperson.");
  await page.getByRole("button", { name: "Gem", exact: true }).click();
  await page
    .getByText(/Status: Kladder/)
    .first()
    .waitFor({ timeout: 30_000 })
    .catch(async (error: unknown) => {
      await page.screenshot({ path: join(tmpdir(), "lp-shots-failed.png") });
      throw error;
    });
  await page.waitForTimeout(1500);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(OUT, "udkast.png") });

  await page.goto("about:blank");
  await page.goto(`${admin}#/workflow`);
  await page.getByText("Unge på vej i Aarhus").first().waitFor();
  await page.screenshot({ path: join(OUT, "arbejdsgang.png") });

  await page.goto("about:blank");
  await page.goto(`${admin}#/collections/links/entries/links`);
  await page.getByRole("button", { name: /Tilføj link/ }).click();
  await field("Kortnavn").last().fill("aarhus-unge-paa-vej");
  await field("Titel").last().fill("Unge på vej");
  await field("Udgiver").last().fill("Aarhus Kommune");
  await field("Adresse").last().fill("https://www.aarhus.dk/…");
  await field("Kortnavn").last().scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -120));
  await page.screenshot({ path: join(OUT, "nyt-link.png") });
  console.log(`Wrote the screenshots to ${OUT}/.`);
} finally {
  await browser.close();
  await site.close();
  proxy.stop();
  rmSync(work, { recursive: true, force: true });
}
