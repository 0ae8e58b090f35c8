import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../scripts/lib/static-server.ts";
import { routes } from "../../src/lib/routes.ts";
import { NOT_ASSESSED_LABEL } from "../../src/lib/vocabulary/elements.ts";
import { launchChromium } from "../support/browser.ts";

const workDir = mkdtempSync(join(tmpdir(), "lp-scored-"));
const dist = join(workDir, "dist");
let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;

beforeAll(async () => {
  const build = spawnSync(
    process.execPath,
    ["scripts/build-with-content.ts", "tests/fixtures/scored-site", dist],
    {
      encoding: "utf8",
    },
  );
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.stdout}\n${build.stderr}`);
  site = await serveStatic(dist);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(site.url + routes.intervention("vurderet"));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(workDir, { recursive: true, force: true });
});

const row = (element: string) => page.locator(`[data-element="${element}"]`);

describe("the 11-element profile", () => {
  it("shows a level and its rationale for assessed elements", async () => {
    await expect(row("maal").getAttribute("data-level")).resolves.toBe("0");
    await expect(row("maal").innerText()).resolves.toContain("0/3");
    await expect(row("maal").innerText()).resolves.toContain("kilden ikke nævner noget mål");
    await expect(row("virkning").innerText()).resolves.toContain("3/3");
  });

  it("labels the other nine elements as not assessed", async () => {
    await expect(page.locator('[data-level="ikke-vurderet"]').count()).resolves.toBe(9);
    await expect(row("oekonomi").innerText()).resolves.toContain(NOT_ASSESSED_LABEL);
    await expect(row("maal").innerText()).resolves.not.toContain(NOT_ASSESSED_LABEL);
  });

  it("draws 'not assessed' differently from a score of 0", async () => {
    const styleOf = (element: string) =>
      row(element)
        .locator(":scope > span:nth-child(2)")
        .evaluate((node) => {
          const style = getComputedStyle(node);
          return {
            border: style.borderStyle,
            fontStyle: style.fontStyle,
            boxes: node.querySelectorAll("[data-step]").length,
            filled: node.querySelectorAll('[data-step="filled"]').length,
          };
        });
    const zero = await styleOf("maal");
    const notAssessed = await styleOf("oekonomi");
    expect(notAssessed.border).toBe("dashed");
    expect(notAssessed.fontStyle).toBe("italic");
    expect(notAssessed.boxes).toBe(0);
    expect(zero.border).not.toBe("dashed");
    expect(zero).toMatchObject({ boxes: 3, filled: 0 });
    await expect(styleOf("virkning")).resolves.toMatchObject({ boxes: 3, filled: 3 });
    await page
      .locator("[data-score-profile]")
      .screenshot({ path: "test-results/screenshots/profil-vurderet.png" });
  });
});
