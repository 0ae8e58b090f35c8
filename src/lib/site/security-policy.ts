/**
 * The site's Content-Security-Policy and other security headers, in one place. astro.config.mjs feeds the
 * directives to Astro's `security.csp`, which adds the hashes of the site's own scripts and styles and writes a
 * <meta> tag on every page; the build then writes the same policy, plus what only a header can carry, to
 * dist/_headers (Netlify and Cloudflare Pages format). Tests compare the two.
 */

/** Sources for script-src besides Astro's hashes. Pagefind compiles its WebAssembly search engine at run time. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Sources for style-src besides Astro's hashes. */
export const STYLE_SOURCES = ["'self'"] as const;

/** Directives that work in a <meta> tag. Everything not listed falls back to default-src 'self'. */
export const META_DIRECTIVES = [
  "default-src 'self'",
  "connect-src 'self'",
  // Pagefind runs its search in a worker loaded from /pagefind/pagefind-worker.js.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Directives browsers ignore (with a console error) in a <meta> tag, so they are sent as a header only. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

export const SECURITY_HEADERS = {
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Content-Type-Options": "nosniff",
  "Permissions-Policy": "camera=(), geolocation=(), microphone=(), payment=(), usb=()",
} as const;

/** The CSP header value: the meta policy plus header-only directives, with the hashes found in the build. */
export function headerPolicy(hashes: { script: string[]; style: string[] }): string {
  const quoted = (list: string[]) => [...new Set(list)].sort().map((hash) => `'${hash}'`);
  return [
    ...META_DIRECTIVES,
    ["script-src", ...SCRIPT_SOURCES, ...quoted(hashes.script)].join(" "),
    ["style-src", ...STYLE_SOURCES, ...quoted(hashes.style)].join(" "),
    ...HEADER_ONLY_DIRECTIVES,
  ].join("; ");
}

/** One rule of a _headers file: a path pattern and the headers it adds. */
export type HeaderRule = { pattern: string; headers: [string, string][] };

/**
 * A _headers file: the other security headers for every path, and the policy for `policyPaths` (default:
 * every path). Hosts combine the headers of every rule that matches, and two CSP headers would both be
 * enforced, so a path with its own policy (the editor at /admin/) is left out of `policyPaths` and gets
 * its policy from `extraRules`.
 */
export function headersFile(
  policy: string,
  policyPaths: readonly string[] = ["/*"],
  extraRules: readonly HeaderRule[] = [],
): string {
  const rules: HeaderRule[] = [
    { pattern: "/*", headers: Object.entries(SECURITY_HEADERS) },
    ...policyPaths.map((pattern) => ({
      pattern,
      headers: [["Content-Security-Policy", policy]] as [string, string][],
    })),
    ...extraRules,
  ];
  const lines = rules.flatMap(({ pattern, headers }) => [
    pattern,
    ...headers.map(([name, value]) => `  ${name}: ${value}`),
  ]);
  return `${lines.join("\n")}\n`;
}

/** Parses a CSP string into directive name → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The policy in a page's <meta http-equiv="content-security-policy">, or undefined if it has none. */
export function metaPolicyOf(html: string): string | undefined {
  const tag = /<meta\b[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  return tag ? /\bcontent="([^"]*)"/.exec(tag)?.[1]?.replaceAll("&#39;", "'") : undefined;
}

/** The hash sources ('sha256-…') of script-src and style-src in a policy, without quotes. */
export function policyHashes(policy: string): { script: string[]; style: string[] } {
  const directives = parsePolicy(policy);
  const hashes = (name: string) =>
    (directives.get(name) ?? [])
      .filter((source) => /^'sha(256|384|512)-/.test(source))
      .map((s) => s.slice(1, -1));
  return { script: hashes("script-src"), style: hashes("style-src") };
}

/** Rules of a Netlify/Cloudflare _headers file: a path pattern ("/*" or an exact path) and its headers. */
export function parseHeadersFile(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(":");
    const rule = rules.at(-1);
    if (colon > 0 && rule) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers a _headers file gives one URL path. */
export function headersForPath(
  rules: ReturnType<typeof parseHeadersFile>,
  path: string,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const { pattern, headers } of rules) {
    const matches = pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    if (matches) for (const [name, value] of headers) result[name] = value;
  }
  return result;
}

const CSP_META = /(<meta\b[^>]*http-equiv="content-security-policy"[^>]*\bcontent=")([^"]*)(")/i;

/** The sha256 sources of the inline <script> and <style> elements of a page, as CSP writes them. */
async function inlineHashes(html: string): Promise<Set<string>> {
  const hashes = new Set<string>();
  const inline = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
  for (const [, tag, attributes, body] of html.matchAll(inline)) {
    if (tag!.toLowerCase() === "script" && /\bsrc\s*=/i.test(attributes!)) continue;
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(body)));
    hashes.add(`sha256-${btoa(String.fromCharCode(...digest))}`);
  }
  return hashes;
}

/**
 * The page with only the hashes its own inline scripts and styles need in its <meta> policy; every other
 * source stays as Astro wrote it. Astro puts the hash of every script and stylesheet of the whole build into
 * every page, but a hash only matters for an inline <script> or <style> in the page itself: the site's own
 * files load under 'self'. A page without a policy, or without hashes, comes back unchanged.
 */
export async function withPageHashesOnly(html: string): Promise<string> {
  const match = CSP_META.exec(html);
  if (!match || !/'sha(256|384|512)-/.test(match[2]!.replaceAll("&#39;", "'"))) return html;
  const needed = await inlineHashes(html);
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
