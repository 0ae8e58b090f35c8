import { describe, expect, it } from "vitest";
import { BENCH_BUDGETS, benchOverBudget, KB } from "./budgets.ts";

describe("benchOverBudget", () => {
  const at = BENCH_BUDGETS.entries;

  it("passes a build within the budget and ignores other sizes", () => {
    expect(benchOverBudget([{ entries: at, buildMs: at * 10, peakRssBytes: KB * KB * KB }])).toEqual([]);
    expect(benchOverBudget([{ entries: 3000, buildMs: 3000 * 500, peakRssBytes: 9 * KB * KB * KB }])).toEqual(
      [],
    );
  });

  it("names the size, the measure and the budget when a build is too slow or too big", () => {
    const over = benchOverBudget([
      { entries: at, buildMs: at * (BENCH_BUDGETS.buildMsPerEntry + 5), peakRssBytes: 4 * KB * KB * KB },
    ]);
    expect(over).toEqual([
      `${at} entries: ${(BENCH_BUDGETS.buildMsPerEntry + 5).toFixed(1)} ms per entry > budget ${BENCH_BUDGETS.buildMsPerEntry} ms`,
      expect.stringMatching(/peak 4\.0 GB > budget 1\.6 GB$/),
    ]);
  });
});
