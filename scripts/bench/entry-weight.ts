/**
 * An entry page's weight in Chromium, ours beside another static build of the same entry (issue 21 compares
 * with Astro Starlight's defaults): every byte the server sends, gzip as scripts/lib/static-server.ts sends it.
 *
 * Usage: node scripts/bench/entry-weight.ts <dist> <path> [<other dist> <other path>] ...
 * e.g.   node scripts/bench/entry-weight.ts /tmp/ours /indsatser/a/ /tmp/starlight/dist /indsatser/a/
 * Pages are compared two by two (the first of each two as a share of the second).
 */
import { launchChromium } from "../../tests/support/browser.ts";
import { formatBytes } from "./budgets.ts";
import { pageTransfer } from "./page-weight.ts";

const pairs = process.argv.slice(2);
if (pairs.length === 0 || pairs.length % 2 !== 0) {
  console.error("Usage: node scripts/bench/entry-weight.ts <dist> <path> [<dist> <path>] ...");
  process.exit(2);
}
const browser = await launchChromium();
try {
  const results = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const result = await pageTransfer(browser, pairs[i]!, pairs[i + 1]!);
    results.push(result);
    console.log(
      `${pairs[i]} ${result.path}: ${formatBytes(result.bytes)} in ${result.responses.length} responses`,
    );
    for (const response of result.responses)
      console.log(`  ${formatBytes(response.bytes).padStart(9)} ${response.path}`);
  }
  // Pairs side by side: the first page of each two (ours) as a share of the second (the other build's).
  for (let i = 0; i + 1 < results.length; i += 2) {
    const [ours, other] = [results[i]!, results[i + 1]!];
    console.log(`${ours.path} ÷ ${other.path}: ${(ours.bytes / other.bytes).toFixed(3)}×`);
  }
} finally {
  await browser.close();
}
