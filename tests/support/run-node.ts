/**
 * Runs the project's Node scripts from tests without blocking the test worker. spawnSync would freeze
 * the worker, so a hung child could only end at spawnSync's own timeout and vitest would report a bare
 * "Test timed out" with none of the child's output. Here the child is killed at `timeoutMs` and its
 * output so far is returned, ending in a line that says it was stopped.
 */
import { spawn } from "node:child_process";

export interface NodeRun {
  status: number | null;
  /** stdout, then stderr, as one text to search and to print on failure. */
  output: string;
  timedOut: boolean;
}

export interface NodeRunOptions {
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

export const PLAIN_OUTPUT_ENV = { NO_COLOR: "1", FORCE_COLOR: "0" } as const;

export function runNode(args: readonly string[], options: NodeRunOptions = {}): Promise<NodeRun> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  return new Promise((resolve, reject) => {
    // A process group of its own, so a timeout also stops what the build started (pagefind, esbuild).
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ...PLAIN_OUTPUT_ENV, ...options.env },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (status) => {
      clearTimeout(timer);
      const stopped = timedOut ? `\n[stopped after ${timeoutMs / 1000} s: node ${args.join(" ")}]` : "";
      resolve({ status, output: `${stdout}\n${stderr}${stopped}`, timedOut });
    });
  });
}

/** Builds the site from another content folder (scripts/build-with-content.ts). */
export function buildWithContent(
  contentDir: string,
  outDir: string,
  options: NodeRunOptions & { configFile?: string } = {},
): Promise<NodeRun> {
  const config = options.configFile ? ["--config", options.configFile] : [];
  return runNode(["scripts/build-with-content.ts", contentDir, outDir, ...config], options);
}

/** Throws with the build's own output unless it succeeded. */
export async function buildFixtureSite(contentDir: string, outDir: string, options: NodeRunOptions = {}) {
  const result = await buildWithContent(contentDir, outDir, options);
  if (result.status !== 0) throw new Error(`fixture build of ${contentDir} failed:\n${result.output}`);
}
