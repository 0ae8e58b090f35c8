/** Every internal link and anchor in the built site resolves; external links are well-formed and listed. */
import { describe, expect, it } from "vitest";
import { checkBuiltSite } from "../../scripts/lib/link-report.ts";
import { formatBroken } from "../../scripts/lib/links.ts";
import { DIST, requireBuild } from "../support/dist.ts";

describe("links in the built site", () => {
  it("has no broken internal link, anchor or malformed external link", () => {
    requireBuild();
    const report = checkBuiltSite(DIST);
    expect(report.pages).toBeGreaterThan(60);
    expect(report.internal).toBeGreaterThan(report.pages * 10);
    expect(report.external.size).toBeGreaterThan(0);
    expect(report.broken.map(formatBroken)).toEqual([]);
  });
});

describe("the link checker on a fixture with broken links", () => {
  const report = checkBuiltSite("tests/fixtures/broken-links");

  it("reports each broken link with its page and reason, and nothing else", () => {
    expect(report.broken.map(formatBroken)).toEqual([
      "/  →  /mangler/  (siden eller filen findes ikke (mangler/index.html))",
      "/  →  /om/#findes-ikke  (ankeret #findes-ikke findes ikke på /om/)",
      "/  →  #vaek  (ankeret #vaek findes ikke på /)",
      '/  →  /om  (mangler / til sidst (brug "/om/"))',
      "/  →  /logo.svg  (siden eller filen findes ikke (logo.svg))",
      "/  →  https://exa mple/  (ikke en gyldig URL)",
      '/  →  javascript:alert(1)  (protokollen "javascript:" er ikke tilladt; brug https:)',
      '/  →  ""  (tomt link)',
    ]);
  });

  it("lists external links without fetching them", () => {
    expect([...report.external.keys()]).toEqual(["https://example.org/rapport.pdf"]);
  });
});
