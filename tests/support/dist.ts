/** Reading the built site in dist/ for tests. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const DIST = join(process.cwd(), "dist");

export function requireBuild(): void {
  if (!existsSync(join(DIST, "index.html"))) {
    throw new Error("dist/ has no build. Run `npm run build` first (npm test does this for you).");
  }
}

export function readPage(path: string): string {
  return readFileSync(join(DIST, path, "index.html"), "utf8");
}

/** Values of one attribute across the page, e.g. every data-entry="…". */
export function attributeValues(html: string, attribute: string): string[] {
  return [...html.matchAll(new RegExp(`${attribute}="([^"]*)"`, "g"))].map((match) => match[1]!);
}
