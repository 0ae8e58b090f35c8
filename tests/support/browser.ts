/** Debian's Chromium driven by playwright-core; no browser is downloaded. */
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserServer, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/** Set by the site tests' global setup (tests/support/shared-browser.ts): one Chromium for every test file. */
export const SHARED_BROWSER_ENV = "LP_CHROMIUM_WS_ENDPOINT";

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
    // Chromium gives every navigation a new frame host of its own ("RenderDocument"); without it a tab that goes
    // from page to page reuses the one it has. The pages behave the same, and 320 page loads took 36 instead of
    // 44 CPU s (BENCHMARKS.md).
    "--disable-features=RenderDocument",
  ],
};

function requireChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium`);
  }
}

/**
 * A browser to test with. Under the site tests this is a connection to the one Chromium their global setup
 * started, so each test file pays for a connection, not a browser start; closing it closes only the
 * connection and the pages opened through it. Elsewhere (scripts, a test file run on its own) it launches one.
 */
export async function launchChromium(): Promise<Browser> {
  const endpoint = process.env[SHARED_BROWSER_ENV];
  if (endpoint) return patientTimeouts(await chromium.connect(endpoint));
  requireChromium();
  return chromium.launch(LAUNCH_OPTIONS);
}

/**
 * Site test files share the browser and the machine's 2 cores, side by side with the build lane, so a wait
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

/**
 * Tabs a test file reuses, one per viewport size, which each test navigates instead of opening a tab of its own:
 * a new tab costs Chromium about 0.2 s of CPU across its processes, a navigation in an open tab about a third of
 * that (BENCHMARKS.md, "Test lane"). Every navigation still loads a new document. Console errors and uncaught exceptions
 * go to `errors` with the path of the page they came from. A test that changes a tab (routes, listeners, storage)
 * or needs a fresh context opens its own; closing a reused tab only makes the next test open a new one.
 */
export function reusedTabs(errors: string[] = []) {
  const tabs = new Map<string, { page: Page; path: string }>();
  return async (
    browser: Browser,
    siteUrl: string,
    path: string,
    width = 1280,
    height = 900,
  ): Promise<Page> => {
    const size = `${width}×${height}`;
    let tab = tabs.get(size);
    if (!tab || tab.page.isClosed()) {
      const page = await browser.newPage({ viewport: { width, height } });
      const opened = { page, path };
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(`${opened.path}: ${message.text()}`);
      });
      page.on("pageerror", (error) => errors.push(`${opened.path}: ${error.message}`));
      tab = opened;
      tabs.set(size, tab);
    }
    tab.path = path;
    await tab.page.goto(siteUrl + path);
    return tab.page;
  };
}

/** Starts a Chromium that test files connect to; see tests/support/shared-browser.ts. */
export async function launchChromiumServer(): Promise<BrowserServer> {
  requireChromium();
  return chromium.launchServer(LAUNCH_OPTIONS);
}
