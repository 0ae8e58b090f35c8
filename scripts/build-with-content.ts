/**
 * Builds the site from another content folder into another output folder, so fixtures and benchmark
 * catalogues never touch dist/ or the checkout's own build state.
 *
 * Each build gets a private Astro root under tmp/ (the site's src/ and public/ stay where they are): Astro
 * writes generated modules for the content it loads (.astro/content-modules.mjs) and its intermediate server
 * build (.astro/.prerender/ when the output folder is outside the working directory) below the root and the
 * working directory. With a root and an output folder of its own, builds of different content can run at the
 * same time as each other, as `npm run build` and as `astro check`.
 *
 * Astro builds in a child process; the search index is built here once it has exited, as `npm run build`
 * does (scripts/lib/search-index-step.ts).
 *
 * Usage: node scripts/build-with-content.ts <content dir> <out dir> [--config <astro config file>]
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { join, relative, resolve } from "node:path";

/** Marks the child process that runs Astro itself. */
const ASTRO_STEP = "--astro-step";
const args = process.argv.slice(2);
const [contentDir, outDir, flag, configFile] = args.filter((arg) => arg !== ASTRO_STEP);
if (!contentDir || !outDir) {
  console.error("Usage: node scripts/build-with-content.ts <content dir> <out dir>");
  process.exit(2);
}
const logLevel = (process.env["LP_BUILD_LOG_LEVEL"] as "info" | undefined) ?? "error";
if (args.includes(ASTRO_STEP)) await astroStep(contentDir, outDir);
else {
  const { runAstroStep } = await import("./lib/astro-step.ts");
  const astroBuild = runAstroStep([process.argv[1]!, ...args, ASTRO_STEP]);
  // Loaded here only, so the child that runs Astro does not load Pagefind's side; it loads while Astro builds.
  const { indexBuiltSite } = await import("./lib/search-index-step.ts");
  const code = await astroBuild;
  if (code !== 0) process.exit(code);
  await indexBuiltSite(resolve(outDir), { quiet: logLevel !== "info" });
}

/** The child: Astro's build of the content into the output folder, without the search index. */
async function astroStep(contentDir: string, outDir: string): Promise<void> {
  process.env["LP_CONTENT_DIR"] = resolve(contentDir);
  // Loaded here only, so the parent that builds the search index does not load Astro.
  const { build } = await import("astro");
  const project = process.cwd();
  mkdirSync(join(project, "tmp"), { recursive: true });
  const root = mkdtempSync(join(project, "tmp", "build-"));
  const privateOut = join(root, "dist");
  const target = resolve(outDir);
  let failed = false;
  try {
    await build({
      root,
      srcDir: join(project, "src"),
      publicDir: join(project, "public"),
      // Astro resolves the config file from the root.
      configFile: relative(
        root,
        resolve(flag === "--config" && configFile ? configFile : "astro.config.mjs"),
      ),
      outDir: privateOut,
      cacheDir: join(root, ".astro-cache"),
      logLevel,
    });
  } catch (error) {
    failed = true;
    // Print the message as the astro CLI would, not an uncaught-exception dump; a stack without
    // frames (the content gate's errors) would only repeat the message.
    const stack = error instanceof Error ? error.stack : undefined;
    console.error(stack && /\n\s+at /.test(stack) ? stack : error instanceof Error ? error.message : error);
  } finally {
    if (existsSync(privateOut)) {
      rmSync(target, { recursive: true, force: true });
      mkdirSync(resolve(target, ".."), { recursive: true });
      renameSync(privateOut, target);
    }
    rmSync(root, { recursive: true, force: true });
  }
  if (failed) process.exit(1);
}
