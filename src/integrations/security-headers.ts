/**
 * Astro integration that writes dist/_headers after the build: the CSP from src/lib/site/security-policy.ts with
 * every script and style hash the pages' <meta> policies hold, plus the other security headers.
 * Generating the file keeps one source for the policy text; a hand-written public/_headers would drift.
 *
 * First it trims each page's <meta> policy to the hashes that page needs. Astro puts the hash of every script
 * and stylesheet of the whole build into every page, but a hash only matters for an inline <script> or <style>
 * in the page itself: the site's own files load under 'self'. On an entry page the unused hashes were 0.9 KB
 * of HTML that gzip cannot shrink (0.65 KB sent), more than any other part of the page's head.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { ADMIN_PATH, adminHeaderPolicy } from "../lib/cms/admin-policy.ts";
import { headerPolicy, headersFile, metaPolicyOf, policyHashes } from "../lib/site/index.ts";
import { listHtmlPages } from "../../scripts/lib/site-pages.ts";

const CSP_META = /(<meta\b[^>]*http-equiv="content-security-policy"[^>]*\bcontent=")([^"]*)(")/i;

/** The sha256 sources of the inline <script> and <style> elements of a page, as CSP writes them. */
function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  const inline = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
  for (const [, tag, attributes, body] of html.matchAll(inline)) {
    if (tag!.toLowerCase() === "script" && /\bsrc\s*=/i.test(attributes!)) continue;
    hashes.add(`sha256-${createHash("sha256").update(body!, "utf8").digest("base64")}`);
  }
  return hashes;
}

/**
 * The page with only the hashes its own inline scripts and styles need in its <meta> policy; every other
 * source stays as Astro wrote it. A page without a policy, or without hashes, comes back unchanged.
 */
export function withPageHashesOnly(html: string): string {
  const match = CSP_META.exec(html);
  if (!match || !/'sha(256|384|512)-/.test(match[2]!.replaceAll("&#39;", "'"))) return html;
  const needed = inlineHashes(html);
  const policy = match[2]!
    .split(";")
    .map((directive) =>
      directive
        .split(" ")
        .filter((source) => {
          const hash = /^(?:'|&#39;)(sha(?:256|384|512)-[^']*?)(?:'|&#39;)$/.exec(source)?.[1];
          return hash === undefined || needed.has(hash);
        })
        .join(" "),
    )
    .join(";");
  return html.replace(CSP_META, (_, head: string, __: string, tail: string) => `${head}${policy}${tail}`);
}

export function buildHeadersFile(outDir: string): string {
  const script: string[] = [];
  const style: string[] = [];
  for (const page of listHtmlPages(outDir)) {
    const html = readFileSync(page.file, "utf8");
    const trimmed = withPageHashesOnly(html);
    if (trimmed !== html) writeFileSync(page.file, trimmed);
    const policy = metaPolicyOf(trimmed);
    if (!policy)
      throw new Error(`${page.file} has no Content-Security-Policy <meta> tag; is security.csp enabled?`);
    const hashes = policyHashes(policy);
    script.push(...hashes.script);
    style.push(...hashes.style);
  }
  return headersFile(headerPolicy({ script, style }), sitePolicyPaths(outDir), [
    {
      pattern: `${ADMIN_PATH}*`,
      headers: [
        ["Content-Security-Policy", adminHeaderPolicy()],
        ["X-Robots-Tag", "noindex, nofollow"],
      ],
    },
  ]);
}

/** Path patterns for the site's policy: every top-level file and folder of the build except the editor's. */
export function sitePolicyPaths(outDir: string): string[] {
  const admin = ADMIN_PATH.replaceAll("/", "");
  const entries = readdirSync(outDir, { withFileTypes: true })
    .filter((entry) => entry.name !== admin && entry.name !== "_headers")
    .map((entry) => (entry.isDirectory() ? `/${entry.name}/*` : `/${entry.name}`))
    .sort();
  return ["/", ...entries];
}

export function securityHeaders(): AstroIntegration {
  return {
    name: "lovende-praksis:security-headers",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        writeFileSync(join(outDir, "_headers"), buildHeadersFile(outDir));
        logger.info("wrote _headers with the Content-Security-Policy and security headers");
      },
    },
  };
}
