/** Runs axe-core inside a real Chromium page and turns its violations into readable lines. */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AxeResults, Result, RunOptions } from "axe-core";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** WCAG 2.1 A and AA (what EN 301 549 requires) plus axe's best practices. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] as const;

/**
 * axe-core from a cacheable URL instead of as inline text: Chromium then keeps the compiled script in its code
 * cache and does not parse half a megabyte again on every page (about 80 ms instead of 190 ms a page). The same
 * file, the same rules. One server per test worker, started on first use; it does not keep the worker alive.
 */
let axeUrl: Promise<string> | undefined;
function axeScriptUrl(): Promise<string> {
  axeUrl ??= new Promise((resolve, reject) => {
    const server = createServer((_request, response) => {
      response.writeHead(200, {
        "content-type": "text/javascript; charset=utf-8",
        "cache-control": "public, max-age=3600",
        "access-control-allow-origin": "*",
      });
      response.end(AXE_SOURCE);
    });
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.unref();
      resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}/axe.min.js`);
    });
  });
  return axeUrl;
}

export async function runAxe(page: Page, disabledRules: Record<string, string> = {}): Promise<Result[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) {
    // A page on a public-looking host may not load from 127.0.0.1 (Private Network Access): then inline it.
    await page
      .addScriptTag({ url: await axeScriptUrl() })
      .catch(() => page.addScriptTag({ content: AXE_SOURCE }));
  }
  const options: RunOptions = {
    runOnly: { type: "tag", values: [...AXE_TAGS] },
    rules: Object.fromEntries(Object.keys(disabledRules).map((id) => [id, { enabled: false }])),
    resultTypes: ["violations"],
  };
  const results = await page.evaluate(
    (opts) =>
      (window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<AxeResults> } }).axe.run(
        document,
        opts,
      ),
    options,
  );
  return results.violations;
}

/** One line per failing element: page, rule id, impact, target selector, help text and a link to the rule. */
export function formatViolations(urlPath: string, violations: Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${urlPath}  [${violation.id}, ${violation.impact ?? "?"}]  ${node.target.join(" ")} — ${violation.help} (${violation.helpUrl})`,
    ),
  );
}
