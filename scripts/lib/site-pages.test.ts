import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listHtmlPages, listIndexPages, onePerTemplate, urlPathOf } from "./site-pages.ts";

const dir = mkdtempSync(join(tmpdir(), "lp-pages-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FILES = [
  "index.html",
  "404.html",
  "om/index.html",
  "indsatser/a/index.html",
  "indsatser/a/side/2/index.html",
  "pagefind/x.html",
  "pagefind/fragment/y.html",
  "admin/index.html",
  "data/indsatser/a.json",
  "data/pagefind/index.html",
];
for (const file of FILES) {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), "<html></html>");
}

describe("site pages", () => {
  it("maps files to the URL paths they are served at", () => {
    expect(urlPathOf(dir, join(dir, "index.html"))).toBe("/");
    expect(urlPathOf(dir, join(dir, "om/index.html"))).toBe("/om/");
    expect(urlPathOf(dir, join(dir, "404.html"))).toBe("/404.html");
  });

  it("walks the build for HTML pages, leaving out Pagefind's folder and the editor at the top only", () => {
    expect(listHtmlPages(dir).map((page) => page.urlPath)).toEqual([
      "/",
      "/404.html",
      "/data/pagefind/",
      "/indsatser/a/",
      "/indsatser/a/side/2/",
      "/om/",
    ]);
    expect(listHtmlPages(dir).find((page) => page.urlPath === "/om/")!.file).toBe(join(dir, "om/index.html"));
    expect(listIndexPages(dir).map((page) => page.urlPath)).toEqual([
      "/",
      "/data/pagefind/",
      "/indsatser/a/",
      "/indsatser/a/side/2/",
      "/om/",
    ]);
  });

  it("picks one page per URL shape", () => {
    const paths = [
      "/",
      "/indsatser/",
      "/indsatser/a/",
      "/indsatser/b/",
      "/kommune/x/",
      "/kommune/x/2/",
      "/kommune/y/",
    ];
    expect(onePerTemplate(paths.map((urlPath) => ({ urlPath }))).map((page) => page.urlPath)).toEqual([
      "/",
      "/indsatser/",
      "/indsatser/a/",
      "/kommune/x/",
      "/kommune/x/2/",
    ]);
  });
});
