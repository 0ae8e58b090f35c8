import { describe, expect, it } from "vitest";
import { processTree, runMeasured } from "./process-stats.ts";

describe("runMeasured", () => {
  it("reports exit code, output, wall time and the peak memory of the process tree", async () => {
    // A child that holds ~60 MB for two seconds, started by the measured process: long enough for the
    // sampler to see it on a loaded CI machine.
    const script = `
      const { spawn } = require("node:child_process");
      const child = spawn(process.execPath, ["-e", "const b = Buffer.alloc(60e6, 1); setTimeout(() => console.log(b.length), 2000)"], { stdio: "inherit" });
      child.on("close", (code) => process.exit(code));`;
    const stats = await runMeasured(process.execPath, ["-e", script]);
    expect(stats.code).toBe(0);
    expect(stats.output.trim()).toBe("60000000");
    expect(stats.wallMs).toBeGreaterThan(1900);
    expect(stats.peakRssBytes).toBeGreaterThan(60e6);
  });

  it("passes a failing exit code on", async () => {
    const stats = await runMeasured(process.execPath, ["-e", "process.exit(3)"]);
    expect(stats.code).toBe(3);
  });
});

describe("processTree", () => {
  it("finds children and grandchildren from a parent map", () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [20, 1],
    ]);
    expect(processTree(10, parents)).toEqual([10, 11, 12]);
  });
});
