import { afterEach, describe, expect, it, vi } from "vitest";
import { oncePerBuild, PER_BUILD_READS } from "./once-per-build.ts";

const forgetAll = () => {
  for (const forget of (globalThis as { [PER_BUILD_READS]?: Set<() => void> })[PER_BUILD_READS] ?? [])
    forget();
};

describe("oncePerBuild", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("reads once in a build, and again after the pages are generated and the reads forgotten", async () => {
    vi.stubEnv("DEV", false);
    let reads = 0;
    const get = oncePerBuild(async () => ++reads);
    expect([await get(), await get()]).toEqual([1, 1]);
    forgetAll();
    expect(await get()).toBe(2);
    expect(reads).toBe(2);
  });

  it("reads every time in the dev server", async () => {
    vi.stubEnv("DEV", true);
    let reads = 0;
    const get = oncePerBuild(async () => ++reads);
    expect([await get(), await get()]).toEqual([1, 2]);
  });
});
