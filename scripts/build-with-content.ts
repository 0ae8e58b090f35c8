/**
 * Builds the site from another content folder into another output folder, with its own cache,
 * so fixtures and benchmark catalogues never touch dist/ or the main content cache.
 * Usage: node scripts/build-with-content.ts <content dir> <out dir> [--config <astro config file>]
 */
import { resolve } from "node:path";
import { build } from "astro";

const [contentDir, outDir, flag, configFile] = process.argv.slice(2);
if (!contentDir || !outDir) {
  console.error("Usage: node scripts/build-with-content.ts <content dir> <out dir>");
  process.exit(2);
}
process.env["LP_CONTENT_DIR"] = resolve(contentDir);
try {
  await build({
    root: process.cwd(),
    ...(flag === "--config" && configFile ? { configFile } : {}),
    outDir: resolve(outDir),
    cacheDir: resolve(outDir, "../.astro-cache"),
    logLevel: "error",
  });
} catch (error) {
  // Print the message as the astro CLI would, not an uncaught-exception dump; a stack without
  // frames (the content gate's errors) would only repeat the message.
  const stack = error instanceof Error ? error.stack : undefined;
  console.error(stack && /\n\s+at /.test(stack) ? stack : error instanceof Error ? error.message : error);
  process.exit(1);
}
