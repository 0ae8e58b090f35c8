/**
 * An entry page's weight in Chromium, ours beside another static build of the same entry (issue 21 compares
 * with Astro Starlight's defaults): every byte the server sends, gzip as scripts/lib/static-server.ts sends it.
 *
 * Usage: node scripts/bench/entry-weight.ts <dist> <path> [<other dist> <other path>] ...
 * e.g.   node scripts/bench/entry-weight.ts /tmp/ours /indsatser/a/ /tmp/starlight/dist /indsatser/a/
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
  if (results.length > 1) {
    for (const other of results.slice(1)) {
      console.log(`${results[0]!.path} ÷ ${other.path}: ${(results[0]!.bytes / other.bytes).toFixed(3)}×`);
    }
  }
} finally {
  await browser.close();
}
