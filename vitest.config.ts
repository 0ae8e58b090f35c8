import { defineConfig } from "vitest/config";
import LongestFirstSequencer from "./tests/support/sequencer.ts";

export default defineConfig({
  test: {
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    // Longest test files first, also on a fresh clone without Vitest's cache of earlier runs.
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "tests/unit/**/*.test.ts", "scripts/**/*.test.ts"],
          // Vitest's default on 2 cores is 1 worker; several unit files wait on child processes
          // (npm run new, git), so two workers keep both cores busy.
          maxWorkers: 2,
          // The unit files are pure logic and CLI helpers with no shared module state, so each worker reuses
          // its module graph instead of importing it again per file: 30 s → 17 s alone, 57 → 30 CPU s.
          isolate: false,
          sequence: { groupOrder: 0 },
          // npm test runs the unit tests beside the build and the site tests; a test that reads the whole
          // catalogue can take longer than Vitest's default 5 s on a busy machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "site",
          include: ["tests/site/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One Chromium for all site test files (each connects to it), started once.
          globalSetup: ["./tests/support/shared-browser.ts"],
          // Most site test files wait on a browser, a static server or a fixture build in another process
          // (each fixture build has its own Astro root, see scripts/build-with-content.ts), so they
          // overlap even on 2 cores: with 2 workers the cores were only ~58 % busy. The browser waits are
          // 60 s (tests/support/browser.ts) and the tests 120 s, so a loaded machine does not time them out.
          maxWorkers: 3,
          // A worker runs one file after another in the same process instead of a fresh one per file: the
          // site test files keep their state in their own module (servers, browser connections) and close it
          // in afterAll, and none changes the process (no chdir, env or mocks). Alone the lane went from
          // 547 to 513 CPU s and from 284 to 267 s (BENCHMARKS.md).
          isolate: false,
          // Projects with different maxWorkers need their own group when run together.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
