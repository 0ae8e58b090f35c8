/** Runs axe-core inside a real Chromium page and turns its violations into readable lines. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults, Result, RunOptions } from "axe-core";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** WCAG 2.1 A and AA (what EN 301 549 requires) plus axe's best practices. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] as const;

export async function runAxe(page: Page, disabledRules: Record<string, string> = {}): Promise<Result[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.addScriptTag({ content: AXE_SOURCE });
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
