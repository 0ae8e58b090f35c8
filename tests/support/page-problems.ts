/**
 * What goes wrong on a page in Chromium that a reader would not see: a Content-Security-Policy violation, a console
 * error or warning, an uncaught exception or a failed request. Shared by the CSP tests (tests/site/security.test.ts)
 * and the sweep of every built page (tests/site/every-page.test.ts).
 */
import type { BrowserContext, Page } from "playwright-core";

export interface PageProblems {
  /** Console messages, uncaught errors and failed requests since the last `clear()`. */
  readonly problems: string[];
  /** The CSP violations the current document has reported, as "directive blocked URL". */
  violations: () => Promise<string[]>;
  clear: () => void;
}

/**
 * Opens a tab in `context` that records its problems. The CSP listener is an init script, which runs outside the
 * page's CSP, so it is in place before anything can be blocked.
 */
export async function watchedPage(context: BrowserContext): Promise<{ page: Page } & PageProblems> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`),
    );
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`error: ${error.message}`));
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText ?? "";
    // ERR_ABORTED only means the test moved on to the next page before, say, the favicon arrived.
    if (reason !== "net::ERR_ABORTED") problems.push(`failed (${reason}): ${request.url()}`);
  });
  return {
    page,
    problems,
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    clear: () => problems.splice(0),
  };
}
