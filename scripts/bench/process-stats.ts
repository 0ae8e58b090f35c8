/**
 * Runs a command as a child process and measures its wall time and peak memory. Memory is the resident set
 * (RSS) of the whole process tree, summed and sampled from /proc every 100 ms, because the build starts
 * helpers (Pagefind's indexer) whose memory counts too. Linux only; elsewhere peak memory is reported as 0.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A line of the command's output and when it arrived, in ms after the start. */
export type TimedLine = { ms: number; text: string };

export type ProcessStats = {
  code: number | null;
  wallMs: number;
  peakRssBytes: number;
  output: string;
  lines: TimedLine[];
  /** User plus system CPU seconds of the whole tree, from /usr/bin/time; undefined where it is missing. */
  cpuSeconds?: number | undefined;
};

const TIME = "/usr/bin/time";

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

export function runMeasured(
  command: string,
  args: string[],
  cwd = process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<ProcessStats> {
  const started = performance.now();
  // GNU time reports the CPU of the command and every child it waited for, in a file of its own.
  const timeFile = existsSync(TIME) ? join(mkdtempSync(join(tmpdir(), "lp-time-")), "time.txt") : undefined;
  const child = timeFile
    ? spawn(TIME, ["-f", "%U %S", "-o", timeFile, command, ...args], {
        cwd,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      })
    : spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const lines: TimedLine[] = [];
  let partial = "";
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    const ms = performance.now() - started;
    const parts = (partial + text).split("\n");
    partial = parts.pop() ?? "";
    for (const line of parts) lines.push({ ms, text: line });
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
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
      const wallMs = performance.now() - started;
      if (partial) lines.push({ ms: wallMs, text: partial });
      done({
        code,
        wallMs,
        peakRssBytes: peak,
        output,
        lines,
        cpuSeconds: timeFile ? cpuFrom(timeFile) : undefined,
      });
    });
  });
}

/** "12.34 1.20" (user, system) as written by /usr/bin/time -f "%U %S"; the file is removed. */
function cpuFrom(file: string): number | undefined {
  try {
    const fields = readFileSync(file, "utf8").trim().split("\n").at(-1)!.split(" ").map(Number);
    return fields.length === 2 && fields.every(Number.isFinite) ? fields[0]! + fields[1]! : undefined;
  } catch {
    return undefined;
  } finally {
    rmSync(dirname(file), { recursive: true, force: true });
  }
}
