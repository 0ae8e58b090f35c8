/** Debian's Chromium driven by playwright-core; no browser is downloaded. */
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

const LAUNCH_OPTIONS = {
  executablePath: CHROMIUM_PATH,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

function requireChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium`);
  }
}

/**
 * A browser to test with: a Chromium of its own for each test file (or script). One Chromium shared by every
 * site test file, as before, made the lane slower: its browser process served all workers at once (site lane
 * 357–392 s shared, 317 s with one per file, and 321 CPU s instead of 388; BENCHMARKS.md).
 */
export async function launchChromium(): Promise<Browser> {
  requireChromium();
  return patientTimeouts(await chromium.launch(LAUNCH_OPTIONS));
}

/**
 * Site test files share the machine's 2 cores, side by side with the build lane, so a wait
 * (a selector, a function, a navigation) gets 60 s instead of Playwright's 30 s before it fails. What it waits
 * for is unchanged.
 */
const SHARED_TIMEOUT_MS = 60_000;

function patientTimeouts(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(SHARED_TIMEOUT_MS);
    return context;
  };
  browser.newPage = async (options) => {
    const page = await newPage(options);
    page.context().setDefaultTimeout(SHARED_TIMEOUT_MS);
    page.setDefaultTimeout(SHARED_TIMEOUT_MS);
    return page;
  };
  return browser;
}

/** Opens `siteUrl + path` in a new page, appending console errors and page errors to `errors`. */
export async function openPage(
  browser: Browser,
  siteUrl: string,
  path: string,
  errors: string[],
  width = 1280,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${path}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${path}: ${error.message}`));
  await page.goto(siteUrl + path);
  return page;
}
