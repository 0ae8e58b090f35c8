/**
 * Runs dependency-cruiser with the rules in dependency-rules.mjs over the code of a repository tree.
 * dependency-cruiser reads .ts and .mjs but not .astro, and most pages and components are .astro, so
 * the check runs on a copy of the tree in which each `X.astro` becomes `X.astro.ts` holding the code
 * that can import: its frontmatter and its <script> blocks. An import of `./X.astro` then resolves to
 * that file, so the graph and the rules see pages and components like any other module. Stylesheets
 * are copied as they are, so their imports resolve.
 */
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { cruise } from "dependency-cruiser";
import { FORBIDDEN, OPTIONS } from "../../dependency-rules.mjs";

/** The folders and files whose imports are checked. */
export const CHECKED = [
  "src",
  "scripts",
  "tests",
  "astro.config.mjs",
  "vitest.config.ts",
  "dependency-rules.mjs",
];
/** Never copied: built output and caches. */
const SKIPPED = new Set(["node_modules", "dist", ".astro"]);

/** The code of an .astro file that can import: the frontmatter and every <script> block, as TypeScript. */
export function astroCode(source: string): string {
  const parts: string[] = [];
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (frontmatter?.[1]) parts.push(frontmatter[1]);
  for (const script of source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    if (script[1]) parts.push(script[1]);
  }
  return parts.join("\n");
}

function copyCode(root: string, shadow: string, path: string): void {
  const from = join(root, path);
  if (!statSync(from).isDirectory()) {
    mkdirSync(dirname(join(shadow, path)), { recursive: true });
    copyFileSync(from, join(shadow, path));
    return;
  }
  for (const name of readdirSync(from)) {
    // Symbolic links (hostile-content tests may plant some) are not followed.
    if (SKIPPED.has(name) || lstatSync(join(from, name)).isSymbolicLink()) continue;
    const child = join(path, name);
    if (name.endsWith(".astro")) {
      mkdirSync(join(shadow, path), { recursive: true });
      writeFileSync(join(shadow, `${child}.ts`), astroCode(readFileSync(join(root, child), "utf8")));
    } else if (/\.(ts|mjs|css)$/.test(name)) {
      mkdirSync(join(shadow, path), { recursive: true });
      copyFileSync(join(root, child), join(shadow, child));
    } else if (lstatSync(join(root, child)).isDirectory()) {
      copyCode(root, shadow, child);
    }
  }
}

export type DependencyCheck = { ok: boolean; violations: number; report: string };

/** Checks the code below `root` (default: this repository) against dependency-rules.mjs. */
export async function checkDependencies(root = process.cwd()): Promise<DependencyCheck> {
  const shadow = mkdtempSync(join(tmpdir(), "lp-dependencies-"));
  try {
    const checked = CHECKED.filter((path) => existsSync(join(root, path)));
    for (const path of checked) copyCode(root, shadow, path);
    // Packages resolve from the real tree; they are not followed.
    symlinkSync(join(process.cwd(), "node_modules"), join(shadow, "node_modules"), "dir");
    const result = await cruise(checked, {
      ...OPTIONS,
      baseDir: shadow,
      validate: true,
      ruleSet: { forbidden: FORBIDDEN },
      outputType: "err",
    });
    const summary = typeof result.output === "string" ? result.output : JSON.stringify(result.output);
    const violations = result.exitCode;
    // Name the .astro files as they are in the repository.
    const report = summary.replaceAll(".astro.ts", ".astro").replaceAll(`${shadow}/`, "");
    return { ok: violations === 0, violations, report };
  } finally {
    rmSync(shadow, { recursive: true, force: true });
  }
}
