/** Measuring a built site on disk, and formatting the benchmark table. */
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { BuildProfile } from "./build-profile.ts";
import { formatBytes } from "./budgets.ts";
import { markdownTable } from "./markdown-table.ts";

export { markdownTable };

/** Total size of the files below `dir`, or 0 when it does not exist. */
export function dirSize(dir: string): number {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
  } catch {
    return 0;
  }
}

/** The largest .html file below `dir`: a listing page that grows with the catalogue shows up here. */
export function largestHtml(dir: string): { path: string; bytes: number; pages: number } {
  let largest = { path: "", bytes: 0 };
  let pages = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    pages += 1;
    const file = join(entry.parentPath, entry.name);
    const bytes = statSync(file).size;
    if (bytes > largest.bytes) largest = { path: `/${relative(dir, file)}`, bytes };
  }
  return { ...largest, pages };
}

export type BenchResult = {
  entries: number;
  pages: number;
  buildMs: number;
  /** User plus system CPU seconds of the build's process tree. */
  cpuSeconds?: number | undefined;
  /** One-minute load average when the build started. */
  load?: number | undefined;
  profile?: BuildProfile | undefined;
  /** The bare Astro + MDX + Pagefind build of the same entries (scripts/bench/floor-project.ts). */
  floor?: { ms: number; cpuSeconds?: number | undefined; peakRssBytes: number } | undefined;
  peakRssBytes: number;
  distBytes: number;
  pagefindBytes: number;
  largestHtml: { path: string; bytes: number };
  search?: { ms: number; bytes: number } | undefined;
};

export function benchTable(results: BenchResult[]): string {
  const dash = "–";
  return markdownTable(
    [
      "Entries",
      "Pages",
      "Build (s)",
      "ms/entry",
      "Peak memory",
      "dist/",
      "Pagefind index",
      "Largest HTML page",
      "First results (ms)",
      "Search bytes",
    ],
    results.map((r) => [
      r.entries.toLocaleString("en"),
      r.pages.toLocaleString("en"),
      (r.buildMs / 1000).toFixed(1),
      (r.buildMs / r.entries).toFixed(1),
      r.peakRssBytes > 0 ? formatBytes(r.peakRssBytes) : dash,
      formatBytes(r.distBytes),
      r.pagefindBytes > 0 ? formatBytes(r.pagefindBytes) : dash,
      `${formatBytes(r.largestHtml.bytes)} ${r.largestHtml.path}`,
      r.search ? r.search.ms.toFixed(0) : dash,
      r.search ? formatBytes(r.search.bytes) : dash,
    ]),
  );
}

/** Our build against the bare floor, wall and CPU, at each size. */
export function floorTable(results: BenchResult[]): string {
  const dash = "–";
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  const cpu = (value: number | undefined) => (value === undefined ? dash : value.toFixed(1));
  const ratio = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined || b === 0 ? dash : `${(a / b).toFixed(2)}×`;
  return markdownTable(
    [
      "Entries",
      "Load",
      "Ours: wall s",
      "Ours: CPU s",
      "Ours: peak",
      "Floor: wall s",
      "Floor: CPU s",
      "Floor: peak",
      "Ratio wall",
      "Ratio CPU",
      "Ratio peak",
    ],
    results
      .filter((r) => r.floor)
      .map((r) => [
        r.entries.toLocaleString("en"),
        r.load === undefined ? dash : r.load.toFixed(1),
        seconds(r.buildMs),
        cpu(r.cpuSeconds),
        formatBytes(r.peakRssBytes),
        seconds(r.floor!.ms),
        cpu(r.floor!.cpuSeconds),
        formatBytes(r.floor!.peakRssBytes),
        ratio(r.buildMs, r.floor!.ms),
        ratio(r.cpuSeconds, r.floor!.cpuSeconds),
        ratio(r.peakRssBytes, r.floor!.peakRssBytes),
      ]),
  );
}
