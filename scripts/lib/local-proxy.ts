/**
 * Starts Decap's local proxy (decap-server) against a Git repository on this machine, on loopback only.
 * In MODE=git each draft becomes a branch cms/<collection>/<slug> in that repository, as a pull request
 * would on GitHub; in MODE=fs the editor writes straight into the working tree. Used by `npm run admin`
 * and by the round-trip test.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";

export type LocalProxy = { url: string; process: ChildProcess; stop: () => void };

export type ProxyMode = "git" | "fs";

/** Asks the proxy what it serves; true once it answers like decap-server does. */
export async function proxyAnswers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ action: "info" }),
    });
    const info = (await response.json()) as { repo?: unknown };
    return response.ok && typeof info.repo === "string";
  } catch {
    return false;
  }
}

export async function startLocalProxy(options: {
  repoDir: string;
  port: number;
  mode: ProxyMode;
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<LocalProxy> {
  const require = createRequire(import.meta.url);
  const server = require.resolve("decap-server/dist/index.js");
  const child = spawn(process.execPath, [server], {
    cwd: options.repoDir,
    env: {
      ...process.env,
      ...options.env,
      MODE: options.mode,
      GIT_REPO_DIRECTORY: options.repoDir,
      PORT: String(options.port),
      BIND_HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${options.port}/api/v1`;
  const stop = () => {
    if (child.exitCode === null) child.kill();
  };
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`decap-server stopped with exit code ${child.exitCode}.`);
    if (await proxyAnswers(url)) return { url, process: child, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`decap-server did not answer on ${url}.`);
}
