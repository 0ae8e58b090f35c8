/** The accessibility statement has the parts Danish rules expect, is linked from every page and invents nothing. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listIndexPages } from "../../scripts/lib/site-pages.ts";
import { ACCESSIBILITY_STATEMENT, contactLines, OPERATOR } from "../../src/lib/site/index.ts";
import { routes } from "../../src/lib/catalogue/index.ts";
import { DIST, readPage, requireBuild } from "../support/dist.ts";

requireBuild();
const html = readPage(routes.accessibility().slice(1, -1));

describe("the accessibility statement", () => {
  it("has every part of the model statement", () => {
    // Scope, compliance status, non-accessible content, preparation, feedback and enforcement.
    for (const id of ["omfang", "status", "ikke-tilgaengeligt", "udarbejdelse", "kontakt", "klage"]) {
      expect(html, `section #${id}`).toContain(`id="${id}"`);
    }
    expect(html).toContain("EN 301 549");
    expect(html).toContain(`datetime="${ACCESSIBILITY_STATEMENT.prepared}"`);
    expect(html).toContain(`href="${ACCESSIBILITY_STATEMENT.complaintsUrl}"`);
    expect(html).toContain("Digitaliseringsstyrelsen");
  });

  it("claims only partial compliance and says no external audit was made", () => {
    expect(html).toContain("overholder delvist");
    expect(html).toMatch(/ikke\s+gennemgået af en ekstern/);
  });

  it("shows exactly the contact details set in src/lib/site/operator.ts, or says they are missing", () => {
    const lines = contactLines(OPERATOR);
    if (lines.length === 0) {
      expect(html).toContain("data-contact-missing");
      expect(html).not.toMatch(/mailto:|tel:/);
    }
    for (const line of lines) expect(html).toContain(`href="${line.href}"`);
  });

  it("is linked from the footer of every page", () => {
    const pages = listIndexPages(DIST);
    expect(pages.length).toBeGreaterThan(60);
    const without = pages
      .filter((page) => !readFileSync(page.file, "utf8").includes(`href="${routes.accessibility()}"`))
      .map((page) => page.urlPath);
    expect(without).toEqual([]);
  });
});
