/**
 * Runs a command as a child process and measures its wall time and peak memory. Memory is the resident set
 * (RSS) of the whole process tree, summed and sampled from /proc every 100 ms, because the build starts
 * helpers (Pagefind's indexer) whose memory counts too. Linux only; elsewhere peak memory is reported as 0.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";

export type ProcessStats = { code: number | null; wallMs: number; peakRssBytes: number; output: string };

/** Parent pid of every process, read from /proc/<pid>/stat. */
function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // Field 4 is the parent pid; the command name in field 2 may contain spaces, so split after ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(name), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  return parents;
}

export function processTree(root: number, parents = parentsByPid()): number[] {
  const tree = [root];
  for (let i = 0; i < tree.length; i += 1) {
    for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  }
  return tree;
}

function rssBytes(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

export function treeRssBytes(root: number): number {
  return processTree(root).reduce((sum, pid) => sum + rssBytes(pid), 0);
}

export function runMeasured(command: string, args: string[], cwd = process.cwd()): Promise<ProcessStats> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let peak = 0;
  const canSample = existsSync("/proc/self/status");
  const sample = () => {
    if (canSample && child.pid !== undefined) peak = Math.max(peak, treeRssBytes(child.pid));
  };
  const timer = setInterval(sample, 100);
  return new Promise((done, fail) => {
    child.on("error", (error) => {
      clearInterval(timer);
      fail(error);
    });
    child.on("close", (code) => {
      clearInterval(timer);
      done({ code, wallMs: performance.now() - started, peakRssBytes: peak, output });
    });
  });
}
