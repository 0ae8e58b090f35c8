import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { BUDGETS, formatBytes, largest, overBudget } from "./budgets.ts";
import {
  gzipSize,
  htmlAndCssBytes,
  htmlAndCssGzip,
  isFont,
  isScript,
  scriptTagCount,
  stylesheetHrefs,
} from "./page-weight.ts";

const page = (body: string) =>
  `<!doctype html><html lang="da"><head><link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/f.svg"></head><body>${body}</body></html>`;

describe("page weight", () => {
  it("counts script tags, inline or external", () => {
    expect(scriptTagCount(page("<p>Ingen scripts</p>"))).toBe(0);
    expect(scriptTagCount(page('<script type="module" src="/x.js"></script><SCRIPT>1</SCRIPT>'))).toBe(2);
  });

  it("finds linked stylesheets only", () => {
    expect(stylesheetHrefs(page(""))).toEqual(["/_astro/a.css"]);
  });

  it("adds the gzip size of the page and each stylesheet", () => {
    const html = page("<p>Tekst</p>");
    const css = "body{color:#000}";
    expect(htmlAndCssGzip(html, () => css)).toBe(gzipSize(html) + gzipSize(css));
  });

  it("flags a page over the intervention budget (incompressible content of 40 KB)", () => {
    const heavy = page(`<p>${randomBytes(30 * 1024).toString("base64")}</p>`);
    const bytes = htmlAndCssGzip(heavy, () => "");
    expect(bytes).toBeGreaterThan(BUDGETS.interventionPageGzip);
    const lines = overBudget(
      [
        { page: "/indsatser/let/", bytes: 9_000 },
        { page: "/indsatser/tung/", bytes },
      ],
      BUDGETS.interventionPageGzip,
    );
    expect(lines).toEqual([`/indsatser/tung/: ${formatBytes(bytes)} > budget 30.0 KB`]);
  });

  it("measures raw bytes too, where a padded page that compresses to nothing still counts", () => {
    const padded = page(
      `<table>${"<tr><td>x</td>" + "<td></td>".repeat(2000) + "</tr>".repeat(1)}</table>`.repeat(50),
    );
    expect(htmlAndCssGzip(padded, () => "")).toBeLessThan(BUDGETS.interventionPageGzip);
    expect(htmlAndCssBytes(padded, () => "")).toBeGreaterThan(BUDGETS.interventionPageRaw);
    expect(htmlAndCssBytes(page("æ"), () => "body{}")).toBe(Buffer.byteLength(page("æ")) + 6);
  });

  it("names the largest measurement", () => {
    expect(
      largest([
        { page: "a", bytes: 1 },
        { page: "b", bytes: 3 },
        { page: "c", bytes: 2 },
      ])?.page,
    ).toBe("b");
    expect(largest([])).toBeUndefined();
  });

  it("recognises font and script requests", () => {
    expect(isFont({ url: "http://x/f/inter.woff2", type: "other" })).toBe(true);
    expect(isFont({ url: "http://x/a.css", type: "stylesheet" })).toBe(false);
    expect(isScript({ url: "http://x/_astro/a.js", type: "other" })).toBe(true);
    expect(isScript({ url: "http://x/a.json", type: "fetch" })).toBe(false);
  });
});
