/**
 * Pure logic of the link checker: find the links and anchors in a page, sort each link into internal or
 * external, and decide whether an internal link resolves in the built site. File access lives in
 * link-report.ts so this can be unit-tested on strings.
 */

export type PageLinks = {
  /** Every href and src value, entity-decoded, in document order. */
  links: { attribute: "href" | "src"; value: string }[];
  /** Every id and <a name> in the page: the fragments other pages may point at. */
  anchors: Set<string>;
};

export type LinkTarget =
  | { kind: "internal"; path: string; fragment: string | undefined }
  | { kind: "external"; url: string }
  | { kind: "contact"; url: string }
  | { kind: "invalid"; reason: string };

export type BrokenLink = { page: string; href: string; reason: string };

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (match, code: string) => {
    if (code[0] === "#") {
      const point =
        code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return String.fromCodePoint(point);
    }
    return ENTITIES[code.toLowerCase()] ?? match;
  });
}

const ATTRIBUTE = /\s(href|src|id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

/** Links and anchors of one HTML page. Script, style and comment bodies are skipped: they are not markup. */
export function parsePage(html: string): PageLinks {
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, "<$1$2></$1>");
  const links: PageLinks["links"] = [];
  const anchors = new Set<string>();
  for (const tag of markup.matchAll(/<([a-z][\w-]*)\b[^>]*>/gi)) {
    const element = tag[1]!.toLowerCase();
    for (const attribute of tag[0].matchAll(ATTRIBUTE)) {
      const name = attribute[1]!.toLowerCase();
      const value = decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? "");
      if (name === "href" || name === "src") links.push({ attribute: name, value });
      else if (name === "id" || (name === "name" && element === "a")) anchors.add(value);
    }
  }
  return { links, anchors };
}

/**
 * Where a link points. `fromPath` is the URL path of the page it is on; `siteOrigin` is the site's own origin,
 * so absolute links to the site itself (canonical URLs) are checked like relative ones.
 */
export function classifyLink(href: string, fromPath: string, siteOrigin: string): LinkTarget {
  const value = href.trim();
  if (value === "") return { kind: "invalid", reason: "tomt link" };
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === "mailto" || scheme === "tel") return { kind: "contact", url: value };
  if (scheme !== undefined && scheme !== "http" && scheme !== "https") {
    return { kind: "invalid", reason: `protokollen "${scheme}:" er ikke tilladt; brug https:` };
  }
  let url: URL;
  try {
    url = new URL(value, siteOrigin + fromPath);
  } catch {
    return { kind: "invalid", reason: "ikke en gyldig URL" };
  }
  if (url.origin !== siteOrigin) {
    if (!/^[a-z\d-]+(\.[a-z\d-]+)+$/i.test(url.hostname)) {
      return { kind: "invalid", reason: `"${url.hostname}" er ikke et gyldigt værtsnavn` };
    }
    return { kind: "external", url: url.href };
  }
  const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined;
  return { kind: "internal", path: decodeURIComponent(url.pathname), fragment };
}

/**
 * The file that serves a URL path in a static build with trailing slashes: "/a/" → "a/index.html",
 * "/favicon.svg" → "favicon.svg". A folder path without its trailing slash is reported, because the site is
 * built with trailingSlash: "always" and such links depend on a redirect by the host.
 */
export function fileForPath(path: string): { file: string } | { problem: string } {
  if (path.endsWith("/")) return { file: `${path.slice(1)}index.html` };
  const last = path.slice(path.lastIndexOf("/") + 1);
  if (last.includes(".")) return { file: path.slice(1) };
  return { problem: `mangler / til sidst (brug "${path}/")` };
}

export type SiteIndex = {
  /** Files in the build, as paths relative to the output folder with "/" separators. */
  files: ReadonlySet<string>;
  /** Anchors per HTML file, keyed like `files`. */
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
};

/** Why an internal link does not resolve, or undefined when it does. */
export function internalLinkProblem(
  target: { path: string; fragment: string | undefined },
  site: SiteIndex,
): string | undefined {
  const resolved = fileForPath(target.path);
  if ("problem" in resolved) {
    // Suggest the trailing slash only where a page has that path; /etc/passwd/ is no better than /etc/passwd.
    return site.files.has(`${target.path.slice(1)}/index.html`)
      ? resolved.problem
      : `siden findes ikke (${target.path}), heller ikke med / til sidst`;
  }
  if (!site.files.has(resolved.file)) return `siden eller filen findes ikke (${resolved.file})`;
  const fragment = target.fragment;
  if (fragment === undefined || fragment === "" || fragment === "top") return undefined;
  const anchors = site.anchors.get(resolved.file);
  if (!anchors) return undefined; // not an HTML page (e.g. an image); fragments are not anchors there
  return anchors.has(fragment) ? undefined : `ankeret #${fragment} findes ikke på ${target.path}`;
}

export type LinkReport = {
  pages: number;
  internal: number;
  broken: BrokenLink[];
  /** External URL → the pages that link to it. */
  external: Map<string, string[]>;
};

/** Checks every link in every page; `pages` maps a page's URL path to its file key and parsed links. */
export function checkLinks(
  pages: { urlPath: string; file: string; parsed: PageLinks }[],
  site: SiteIndex,
  siteOrigin: string,
): LinkReport {
  const report: LinkReport = { pages: pages.length, internal: 0, broken: [], external: new Map() };
  for (const { urlPath, parsed } of pages) {
    for (const { value } of parsed.links) {
      const target = classifyLink(value, urlPath, siteOrigin);
      if (target.kind === "invalid")
        report.broken.push({ page: urlPath, href: value, reason: target.reason });
      if (target.kind === "external") {
        const pagesLinking = report.external.get(target.url) ?? [];
        if (!pagesLinking.includes(urlPath)) pagesLinking.push(urlPath);
        report.external.set(target.url, pagesLinking);
      }
      if (target.kind === "internal") {
        report.internal += 1;
        const problem = internalLinkProblem(target, site);
        if (problem) report.broken.push({ page: urlPath, href: value, reason: problem });
      }
    }
  }
  return report;
}

export function formatBroken(link: BrokenLink): string {
  return `${link.page}  →  ${link.href || '""'}  (${link.reason})`;
}
