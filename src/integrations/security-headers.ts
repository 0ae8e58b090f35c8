/**
 * Astro integration that writes dist/_headers after the build: the CSP from src/lib/site/security-policy.ts with
 * every script and style hash the pages' <meta> policies hold, plus the other security headers.
 * Generating the file keeps one source for the policy text; a hand-written public/_headers would drift.
 * Each page's <meta> policy holds only the hashes that page needs (src/middleware.ts trims it as the page is
 * rendered), so the union here is the hashes of the site's inline scripts and styles.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { ADMIN_PATH, adminHeaderPolicy } from "../lib/cms/admin-policy.ts";
import { headerPolicy, headersFile, metaPolicyOf, policyHashes } from "../lib/site/index.ts";
import { listHtmlPages } from "../../scripts/lib/site-pages.ts";

export function buildHeadersFile(outDir: string): string {
  const script: string[] = [];
  const style: string[] = [];
  for (const page of listHtmlPages(outDir)) {
    const policy = metaPolicyOf(readFileSync(page.file, "utf8"));
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
