/**
 * Runs the longest test files first, so the last worker does not start a two-minute file while the others
 * sit idle. Vitest does this by itself from its cache of earlier runs (node_modules/.vite), but a fresh clone
 * has no cache, and then Vitest runs the largest files first: the accessibility test is short to read and
 * long to run, so it started last and set the end of the run.
 *
 * Each file's weight is its duration in the last run when the cache knows it, otherwise its entry in
 * EXPECTED_SECONDS (measured on a quiet 2-core machine, 2026-12-07), otherwise 0. Only the order changes:
 * every file still runs.
 */
import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** Seconds each slow file took in the site lane on a quiet machine; a rough order is all that matters. */
export const EXPECTED_SECONDS: Record<string, number> = {
  "tests/site/search.test.ts": 101,
  "tests/site/admin-local.test.ts": 73,
  "tests/site/admin-editor.test.ts": 44,
  "tests/site/accessibility.test.ts": 40,
  "tests/site/accessibility-pages-1.test.ts": 40,
  "tests/site/accessibility-pages-2.test.ts": 40,
  "tests/site/hostile-build.test.ts": 32,
  "tests/site/every-page.test.ts": 40,
  "tests/site/planted-bodies.test.ts": 28,
  "tests/site/security.test.ts": 12,
  "tests/site/compare.test.ts": 24,
  "tests/site/score-display.test.ts": 23,
  "tests/site/new-entry.test.ts": 20,
  "tests/site/phone-header.test.ts": 20,
  "tests/site/content-round3-build.test.ts": 20,
  "tests/site/browser.test.ts": 18,
  "tests/site/first-screen.test.ts": 16,
  "tests/site/change-history.test.ts": 15,
  "tests/site/print.test.ts": 12,
  "tests/site/html-conformance.test.ts": 9.5,
  "tests/site/facts.test.ts": 9.4,
  "tests/site/keyboard.test.ts": 9,
  "tests/site/admin-page.test.ts": 9,
  "tests/site/broken-build.test.ts": 8,
  "tests/site/broken-mdx-build.test.ts": 8,
  "tests/site/budget.test.ts": 6,
  "tests/unit/new-intervention.test.ts": 18,
  "tests/unit/sources-script.test.ts": 5.4,
  "tests/unit/dependency-rules.test.ts": 4.8,
};

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Vitest's own order first (project groups, then its cache or file sizes); a stable sort keeps it for ties.
    const ordered = await super.sort(files);
    const weight = (spec: TestSpecification): number => {
      const cached = this.ctx.cache.getTestSpecificationResult(spec);
      if (cached && cached.duration > 0) return cached.duration / 1000;
      return EXPECTED_SECONDS[relative(spec.project.config.root, spec.moduleId).split("\\").join("/")] ?? 0;
    };
    return ordered.sort((a, b) => {
      const group = a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder;
      if (group !== 0) return group;
      if (a.project.name !== b.project.name) return a.project.name < b.project.name ? -1 : 1;
      return weight(b) - weight(a);
    });
  }
}
