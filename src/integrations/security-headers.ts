/**
 * Astro integration that writes dist/_headers after the build: the CSP from src/lib/site/security-policy.ts with
 * every script and style hash the pages' <meta> policies hold, plus the other security headers.
 * Generating the file keeps one source for the policy text; a hand-written public/_headers would drift.
 * Each page's <meta> policy holds only the hashes that page needs (src/middleware.ts trims it as the page is
 * rendered), so the union here is the hashes of the site's inline scripts and styles.
 */
import { closeSync, openSync, readdirSync, readSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { routes } from "../lib/catalogue/index.ts";
import { ADMIN_PATH, adminHeaderPolicy } from "../lib/cms/admin-policy.ts";
import { SEARCH_RECORDS_FILE } from "../lib/search/index.ts";
import { headerPolicy, headersFile, metaPolicyOf, policyHashes } from "../lib/site/index.ts";
import { listHtmlPages } from "../../scripts/lib/site-pages.ts";

const HEAD_END = Buffer.from("</head>");
const CHUNK = 16 * 1024;

/**
 * A page's text up to the end of its <head>, where the policy <meta> is: reading whole pages (tens of MB at a
 * few thousand entries) cost seconds of every build for a tag in the first kilobytes.
 */
export function readHead(file: string): string {
  const fd = openSync(file, "r");
  try {
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(CHUNK);
      const read = readSync(fd, chunk, 0, CHUNK, length);
      chunks.push(chunk.subarray(0, read));
      length += read;
      const text = Buffer.concat(chunks, length);
      // Search from just before the new chunk, in case the tag straddles two chunks.
      const end = text.indexOf(HEAD_END, Math.max(0, length - read - HEAD_END.length));
      if (end >= 0) return text.subarray(0, end).toString("utf8");
      if (read < CHUNK) return text.toString("utf8");
    }
  } finally {
    closeSync(fd);
  }
}

export function buildHeadersFile(outDir: string): string {
  const script: string[] = [];
  const style: string[] = [];
  for (const page of listHtmlPages(outDir)) {
    const policy = metaPolicyOf(readHead(page.file));
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

/**
 * Path patterns for the site's policy: every top-level file and folder of the build except the editor's and the
 * search records, and the search index's folder, which npm run build writes after Astro has finished (see
 * src/integrations/pagefind.ts).
 */
export function sitePolicyPaths(outDir: string): string[] {
  const admin = ADMIN_PATH.replaceAll("/", "");
  const entries = readdirSync(outDir, { withFileTypes: true })
    // The search records are deleted once the index is built (src/lib/search/search-record.ts).
    .filter((entry) => ![admin, "_headers", SEARCH_RECORDS_FILE].includes(entry.name))
    .map((entry) => (entry.isDirectory() ? `/${entry.name}/*` : `/${entry.name}`));
  return ["/", ...[...new Set([...entries, `${routes.pagefindBundle()}*`])].sort()];
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
