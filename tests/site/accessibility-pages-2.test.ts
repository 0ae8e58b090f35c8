/**
 * Shard 2 of the per-page accessibility checks (axe-core and reflow at 320 px); see tests/site/accessibility.test.ts
 * and tests/support/accessibility.ts.
 */
import { describe } from "vitest";
import { pageChecks } from "../support/accessibility.ts";

describe("accessibility (axe-core, WCAG 2.1 AA + best practice)", () => {
  pageChecks(2);
});
