/** The HTML pages of a built site, found by walking the output folder rather than from a list. */
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

export type SitePage = {
  /** Absolute path of the HTML file. */
  file: string;
  /** The URL path the page is served at, e.g. "/indsatser/ungeguides/" or "/404.html". */
  urlPath: string;
};

/** Maps a file below the output folder to its URL path: "a/b/index.html" → "/a/b/", "404.html" → "/404.html". */
export function urlPathOf(outDir: string, file: string): string {
  const path = relative(outDir, file).split(sep).join("/");
  if (path === "index.html") return "/";
  if (path.endsWith("/index.html")) return `/${path.slice(0, -"index.html".length)}`;
  return `/${path}`;
}

/** Top-level folders that hold an application rather than site pages: Pagefind's bundle and the editor. */
export const NON_SITE_FOLDERS = ["pagefind", "admin"] as const;

/** The order of localeCompare without arguments, with one collator instead of one per comparison. */
const collator = new Intl.Collator();

/**
 * Every .html file below outDir, sorted by URL path. Pagefind's folder and the editor (/admin/) are skipped
 * without being walked: at scale Pagefind's folder holds more files than the site has pages.
 */
export function listHtmlPages(outDir: string): SitePage[] {
  return readdirSync(outDir, { withFileTypes: true })
    .flatMap((entry) => {
      if ((NON_SITE_FOLDERS as readonly string[]).includes(entry.name)) return [];
      if (!entry.isDirectory()) return [entry.name];
      const below = readdirSync(join(outDir, entry.name), { recursive: true, encoding: "utf8" });
      return below.map((name) => join(entry.name, name));
    })
    .filter((name) => name.endsWith(".html"))
    .map((name) => ({ file: join(outDir, name), urlPath: urlPathOf(outDir, join(outDir, name)) }))
    .sort((a, b) => collator.compare(a.urlPath, b.urlPath));
}

/** Only the pages served at a folder URL (…/index.html), i.e. the site's real pages. */
export function listIndexPages(outDir: string): SitePage[] {
  return listHtmlPages(outDir).filter((page) => page.urlPath.endsWith("/"));
}

/**
 * One page per URL shape ("/indsatser/*\/", "/kommune/*\/*\/", …), i.e. per template, in the order given.
 * For checks that depend on the layout more than on the content, such as a second viewport width.
 */
export function onePerTemplate<P extends { urlPath: string }>(pages: P[]): P[] {
  const seen = new Set<string>();
  return pages.filter(({ urlPath }) => {
    const [first = "", ...rest] = urlPath.split("/").filter(Boolean);
    const shape = `/${first}/${rest.map(() => "*/").join("")}`;
    if (seen.has(shape)) return false;
    seen.add(shape);
    return true;
  });
}
