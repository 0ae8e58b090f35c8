/** Page-weight budgets, in one place for the budget test, the benchmark and the docs. 1 KB = 1,024 bytes. */
export const KB = 1024;

export const BUDGETS = {
  /** HTML plus CSS of one intervention page, gzip-compressed as a host sends it. No JavaScript at all. */
  interventionPageGzip: 30 * KB,
  /**
   * The same uncompressed, as the browser parses and lays it out: repetitive markup (a table padded to thousands
   * of columns) compresses to almost nothing, so gzip alone would let a 4 MB page through as 19 KB.
   */
  interventionPageRaw: 256 * KB,
  /** Everything /soeg/ transfers before the first query: page, CSS, scripts, Pagefind and the first results. */
  searchPageTransfer: 150 * KB,
  /** Our own JavaScript on /sammenlign/, gzip: the compare island and what it imports. */
  compareScriptGzip: 10 * KB,
  /** Everything /sammenlign/ transfers to show three entries: page, CSS, scripts and three entry files. */
  compareTransfer: 60 * KB,
} as const;

/**
 * The bench budget, checked by `npm run bench` (not by `npm test`): the build of the synthetic catalogue of
 * `entries` entries, in wall milliseconds per entry and summed peak memory of the build's process tree. Set from
 * quiet-machine runs (15.9–20.2 ms per entry and 1.4–1.5 GB in November, 1.5 GB in December), so that a build that
 * gets slower or bigger fails; wall time on a loaded machine can exceed it without a change, so repeat there.
 */
export const BENCH_BUDGETS = {
  entries: 1000,
  buildMsPerEntry: 20,
  peakMemoryBytes: 1.6 * KB * KB * KB,
} as const;

/** Bench results over the bench budget, as readable lines; empty when the build fits. */
export function benchOverBudget(
  results: readonly { entries: number; buildMs: number; peakRssBytes: number }[],
): string[] {
  return results
    .filter((result) => result.entries === BENCH_BUDGETS.entries)
    .flatMap((result) => {
      const problems: string[] = [];
      const perEntry = result.buildMs / result.entries;
      if (perEntry > BENCH_BUDGETS.buildMsPerEntry)
        problems.push(
          `${result.entries} entries: ${perEntry.toFixed(1)} ms per entry > budget ${BENCH_BUDGETS.buildMsPerEntry} ms`,
        );
      if (result.peakRssBytes > BENCH_BUDGETS.peakMemoryBytes)
        problems.push(
          `${result.entries} entries: peak ${formatBytes(result.peakRssBytes)} > budget ${formatBytes(BENCH_BUDGETS.peakMemoryBytes)}`,
        );
      return problems;
    });
}

export type Measurement = { page: string; bytes: number };

/** Pages over the budget, largest first, as readable lines; empty when all fit. */
export function overBudget(measurements: Measurement[], budget: number): string[] {
  return measurements
    .filter((measurement) => measurement.bytes > budget)
    .sort((a, b) => b.bytes - a.bytes)
    .map((m) => `${m.page}: ${formatBytes(m.bytes)} > budget ${formatBytes(budget)}`);
}

export function largest(measurements: Measurement[]): Measurement | undefined {
  return measurements.reduce<Measurement | undefined>(
    (max, m) => (!max || m.bytes > max.bytes ? m : max),
    undefined,
  );
}

/** "12.3 KB", "1.2 GB" (1 KB = 1,024 bytes); exact bytes below 1 KB. */
export function formatBytes(bytes: number): string {
  if (bytes < KB) return `${bytes} B`;
  if (bytes < KB * KB) return `${(bytes / KB).toFixed(1)} KB`;
  if (bytes < KB * KB * KB) return `${(bytes / KB / KB).toFixed(1)} MB`;
  return `${(bytes / KB / KB / KB).toFixed(1)} GB`;
}
