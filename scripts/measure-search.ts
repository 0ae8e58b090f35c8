/**
 * Prints how fast the first search results appear and how many bytes they cost, on a built site.
 * Usage: npm run measure:search [-- <dist dir> [query ...]]   (defaults: dist/, "mentor" "uddannelse")
 */
import { resolve } from "node:path";
import { launchChromium } from "../tests/support/browser.ts";
import { measureSharedLink, measureTypedQuery, type SearchMeasurement } from "./bench/measure-search.ts";
import { serveStatic } from "./lib/static-server.ts";

const [dir = "dist", ...queries] = process.argv.slice(2);
const RUNS = 3;
const site = await serveStatic(resolve(dir));
const browser = await launchChromium();

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function runs(
  measure: () => Promise<SearchMeasurement>,
): Promise<SearchMeasurement & { all: number[] }> {
  const results: SearchMeasurement[] = [];
  for (let i = 0; i < RUNS; i++) results.push(await measure());
  const all = results.map((r) => Math.round(r.ms));
  return { ...results.at(-1)!, ms: median(all), all };
}

console.log(`Search on ${resolve(dir)}, median of ${RUNS} runs each`);
console.log("| query | scenario | first results | bytes | requests | breakdown |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const query of queries.length > 0 ? queries : ["mentor", "uddannelse"]) {
  for (const [scenario, measure] of [
    ["shared link, fresh browser", () => measureSharedLink(browser, site.url, query)],
    ["typed on open page", () => measureTypedQuery(browser, site.url, query)],
  ] as const) {
    const m = await runs(measure);
    const parts = Object.entries(m.breakdown)
      .sort(([, a], [, b]) => b - a)
      .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
      .join(", ");
    console.log(
      `| ${query} | ${scenario} | ${m.ms} ms (${m.all.join(", ")}) | ${kb(m.bytes)} | ${m.requests} | ${parts} |`,
    );
  }
}
await browser.close();
await site.close();
