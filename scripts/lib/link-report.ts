/** Runs the link checker (links.ts) over a built site on disk and writes the report of external links. */
import { readFileSync, readdirSync } from "node:fs";
import { join, sep } from "node:path";
import { listHtmlPages } from "./site-pages.ts";
import { checkLinks, parsePage, type LinkReport } from "./links.ts";

/** The site's own origin, read from the home page's canonical link, so the checker and the build agree. */
export function siteOriginOf(outDir: string): string {
  const home = readFileSync(join(outDir, "index.html"), "utf8");
  const canonical = /<link[^>]+rel="canonical"[^>]*href="([^"]+)"/.exec(home)?.[1];
  if (!canonical)
    throw new Error(
      `${join(outDir, "index.html")} has no <link rel="canonical">; cannot tell the site's origin.`,
    );
  return new URL(canonical).origin;
}

export function checkBuiltSite(outDir: string): LinkReport {
  const files = new Set(
    readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) =>
        join(entry.parentPath, entry.name)
          .slice(outDir.length + 1)
          .split(sep)
          .join("/"),
      ),
  );
  const pages = listHtmlPages(outDir).map(({ file, urlPath }) => ({
    urlPath,
    file: file
      .slice(outDir.length + 1)
      .split(sep)
      .join("/"),
    parsed: parsePage(readFileSync(file, "utf8")),
  }));
  const anchors = new Map(pages.map((page) => [page.file, page.parsed.anchors]));
  return checkLinks(pages, { files, anchors }, siteOriginOf(outDir));
}

/** A Markdown list of every external link and the pages that use it, for a human (or a later online check). */
export function externalLinksMarkdown(report: LinkReport): string {
  const urls = [...report.external.keys()].sort();
  const lines = [
    "# External links",
    "",
    `${urls.length} external URLs on ${report.pages} pages. They are checked for syntax only (http/https, a valid`,
    "host name); whether they still answer has to be checked online.",
    "",
    ...urls.map((url) => `- <${url}> — ${report.external.get(url)!.join(", ")}`),
    "",
  ];
  return lines.join("\n");
}
