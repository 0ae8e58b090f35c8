/**
 * The browser editor at /admin/: serves Decap CMS's prebuilt bundle from node_modules during `astro dev`,
 * copies it into dist/admin/decap/ after the build (no CDN at run time), and gives dist/admin/index.html
 * the editor's own Content-Security-Policy (src/lib/cms/admin-policy.ts) in place of the site's.
 */
import {
  copyFileSync,
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { ADMIN_PATH, adminMetaPolicy } from "../lib/cms/admin-policy.ts";
import { metaPolicyOf } from "../lib/site/index.ts";
import { CONTENT_TYPES } from "../../scripts/lib/static-server.ts";

/** Where the bundle is served from, below /admin/. */
export const DECAP_DIR = "decap";

/** Decap's dist folder in node_modules. */
export function decapDist(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("decap-cms/package.json")), "dist");
}

/**
 * The files the browser loads: decap-cms.js, the chunks it loads on demand, its WebAssembly and the
 * licence notice. Source maps and the duplicate cms.js build stay out.
 */
export function decapFiles(dist: string): string[] {
  return readdirSync(dist)
    .filter((name) => /^(\d+\.)?decap-cms\.js$|\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(name))
    .sort();
}

/** Replaces the CSP <meta> Astro wrote with the editor's policy. */
export function withAdminPolicy(html: string): string {
  const policy = metaPolicyOf(html);
  if (policy === undefined) throw new Error(`${ADMIN_PATH} has no Content-Security-Policy <meta> tag.`);
  return html.replace(
    /(<meta\b[^>]*http-equiv="content-security-policy"[^>]*\bcontent=")[^"]*(")/i,
    `$1${adminMetaPolicy().replaceAll("'", "&#39;")}$2`,
  );
}

export function adminEditor(): AstroIntegration {
  return {
    name: "lovende-praksis:admin",
    hooks: {
      "astro:server:setup": ({ server }) => {
        const dist = decapDist();
        const files = new Set(decapFiles(dist));
        server.middlewares.use(`${ADMIN_PATH}${DECAP_DIR}/`, (request, response, next) => {
          const name = (request.url ?? "/").split("?")[0]!.slice(1);
          if (!files.has(name)) return next();
          response.setHeader("content-type", CONTENT_TYPES[extname(name)] ?? "text/plain; charset=utf-8");
          createReadStream(join(dist, name)).pipe(response);
        });
      },
      "astro:build:done": ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const target = join(outDir, ADMIN_PATH, DECAP_DIR);
        mkdirSync(target, { recursive: true });
        const dist = decapDist();
        for (const name of decapFiles(dist)) copyFileSync(join(dist, name), join(target, name));
        const page = join(outDir, ADMIN_PATH, "index.html");
        if (existsSync(page)) writeFileSync(page, withAdminPolicy(readFileSync(page, "utf8")));
        logger.info(`copied Decap CMS to ${ADMIN_PATH}${DECAP_DIR}/ and set the editor's CSP`);
      },
    },
  };
}
