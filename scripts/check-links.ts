/**
 * Checks that every internal link (href, src) and fragment in the built site resolves, and that external links
 * are well-formed http(s) URLs. Writes the external links to test-results/external-links.md.
 * Usage: npm run links [-- <built site dir>]   (default dist/)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { checkBuiltSite, externalLinksMarkdown } from "./lib/link-report.ts";
import { formatBroken } from "./lib/links.ts";

const REPORT = "test-results/external-links.md";
const outDir = resolve(process.argv[2] ?? "dist");
const report = checkBuiltSite(outDir);

mkdirSync(dirname(REPORT), { recursive: true });
writeFileSync(REPORT, externalLinksMarkdown(report));
for (const link of report.broken) console.error(formatBroken(link));
console.log(
  `${report.pages} sider, ${report.internal} interne links, ${report.external.size} eksterne URL'er (liste i ${REPORT}).`,
);
if (report.broken.length > 0) {
  console.error(`${report.broken.length} brudte links.`);
  process.exit(1);
}
console.log("Ingen brudte links.");
