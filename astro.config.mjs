// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import tailwindcss from "@tailwindcss/vite";
import { adminEditor } from "./src/integrations/admin-editor.ts";
import { contentCheck } from "./src/integrations/content-check.ts";
import { contentGate, markdownProcessor } from "./src/lib/check/index.ts";
import { pagefind } from "./src/integrations/pagefind.ts";
import { securityHeaders } from "./src/integrations/security-headers.ts";
import { repositoryUrlNotice } from "./src/integrations/repository-url-notice.ts";
import { editorEmailNotice } from "./src/integrations/editor-email-notice.ts";
import { siteUrlNotice } from "./src/integrations/site-url-notice.ts";
import {
  META_DIRECTIVES,
  SCRIPT_SOURCES,
  STYLE_SOURCES,
  LOCAL_SITE_URL,
  PUBLIC_SITE_URL,
} from "./src/lib/site/index.ts";

// The build must never reach the network: CI has none, and a stalled DNS lookup must not stall a build.
// Astro reads this after loading the config, before it records a build, preview or sync.
process.env["ASTRO_TELEMETRY_DISABLED"] ??= "1";

export default defineConfig({
  // Set SITE_URL to the public address when deploying; canonical URLs, open data and the feed use it.
  site: PUBLIC_SITE_URL ?? LOCAL_SITE_URL,
  trailingSlash: "always",
  build: {
    // Four pages at a time: while one page's file is written, the next renders. At 3,000 entries this took
    // page generation from about 26 to 20 s (BENCHMARKS.md); every page still renders the same way.
    concurrency: 4,
  },
  integrations: [
    siteUrlNotice(),
    repositoryUrlNotice(),
    editorEmailNotice(),
    contentCheck(),
    mdx(),
    pagefind(),
    adminEditor(),
    securityHeaders(),
  ],
  markdown: {
    // Every .md and .mdx compile runs the content guard on the tree it builds (MDX inherits this).
    processor: markdownProcessor(),
    // Code blocks render as plain <pre><code>, styled by the site's CSS: a highlighter would add
    // inline style attributes, which the Content-Security-Policy blocks.
    syntaxHighlight: false,
  },
  security: {
    csp: {
      directives: [...META_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  vite: {
    // contentGate() hands every .md/.mdx compiler only what the shared reader accepted.
    plugins: [contentGate(), tailwindcss()],
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Astro marks every MDX entry with this directive; the bundler's warning about it is
          // harmless noise (withastro/astro#18087). Any other warning still prints.
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes("astro:head-inject"))
            return;
          warn(warning);
        },
      },
    },
  },
});
