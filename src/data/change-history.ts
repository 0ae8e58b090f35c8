/**
 * Build-time access to every entry's change history: one `git log` for the whole content folder,
 * run once per build. Without git, outside a repository or in a shallow clone, the history is
 * reported as unavailable and the build goes on.
 */
import { execFile, spawn } from "node:child_process";
import { basename, resolve } from "node:path";
import { promisify } from "node:util";
import {
  entryState,
  GIT_LOG_ARGS,
  MAX_STATE_READS,
  parseCatFileBatch,
  parseGitLog,
  STATE_LOG_ARGS,
  stateEvents,
  stateRequests,
  type Change,
  type ChangeHistory,
} from "../lib/open-data/index.ts";
import { latestShownTime } from "../lib/catalogue/index.ts";
import { CONTENT_PATHS, readEntryBytes } from "../lib/content/index.ts";

const run = promisify(execFile);

/**
 * Reads the history of the files in `folder`; `files` maps each file's path relative to `folder`
 * to its entry id.
 */
export async function loadChangeHistory(
  folder: string,
  files: ReadonlyMap<string, string>,
): Promise<ChangeHistory> {
  const git = (args: readonly string[]) =>
    run("git", [...args], { cwd: folder, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" }).then(
      (result) => result.stdout,
    );
  // The three questions run side by side: each is a process start, and the build waits for all of them.
  const shallowAnswer = git(["rev-parse", "--is-shallow-repository"]);
  const logOutput = git(GIT_LOG_ARGS);
  const stateOutput = git(STATE_LOG_ARGS);
  // A rejection is read below; until then, do not let it count as unhandled.
  for (const pending of [shallowAnswer, logOutput, stateOutput]) pending.catch(() => {});
  try {
    const started = performance.now();
    const shallow = (await shallowAnswer).trim();
    if (shallow === "true") return { available: false, reason: "shallow" };
    const output = await logOutput;
    // No commit date after the build's own date: a commit cannot be newer than the build holding it.
    const changes = parseGitLog(output, files, latestShownTime());
    await addStateEvents(folder, changes, (await stateOutput).split("\n").filter(Boolean));
    if (process.env["LP_TIMINGS"]) {
      console.log(`change history: ${Math.round(performance.now() - started)} ms for ${files.size} files`);
    }
    return { available: true, changes };
  } catch {
    // No git, not a repository, or no commits yet.
    return { available: false, reason: "no-git" };
  }
}

/** Runs `git cat-file --batch` once with all requests on stdin and returns its raw output. */
function catFileBatch(folder: string, requests: readonly string[]): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd: folder, stdio: ["pipe", "pipe", "ignore"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolvePromise(Buffer.concat(chunks))
        : reject(new Error(`git cat-file exited with ${code}`)),
    );
    child.stdin.end(requests.map((request) => `${request}\n`).join(""));
  });
}

/**
 * Gives each commit that changed an entry's status or confirmation its events, read from the file after
 * and before the commit. Bounded by MAX_STATE_READS; without such commits, git is not asked again.
 */
async function addStateEvents(folder: string, changes: Map<string, Change[]>, hashes: readonly string[]) {
  const wanted = new Set(hashes);
  const selected = [...changes.values()]
    .flat()
    .filter((change) => wanted.has(change.hash))
    .slice(0, MAX_STATE_READS / 2);
  if (selected.length === 0) return;
  const requests = selected.map(stateRequests);
  const asked = requests.flatMap(([after, before]) => (before ? [after, before] : [after]));
  const objects = parseCatFileBatch(await catFileBatch(folder, asked), asked.length);
  let next = 0;
  selected.forEach((change, index) => {
    const after = objects[next++];
    const before = requests[index]![1] ? objects[next++] : undefined;
    // Each version is read as the build reads content (the shared frontmatter reader), never more loosely.
    const state = (bytes: Uint8Array | undefined) =>
      bytes ? entryState(readEntryBytes(bytes).data) : undefined;
    (change as { events: Change["events"] }).events = stateEvents(state(before), state(after));
  });
}

let cached: Promise<ChangeHistory> | undefined;

/** The history of the interventions collection, computed once per build (every entry page asks for it). */
export function getChangeHistory(entries: readonly { id: string; filePath?: string | undefined }[]) {
  cached ??= loadChangeHistory(
    resolve(CONTENT_PATHS.interventions.base),
    // The folder is flat (readEntryFolder reads no subfolders), so a file's name is its path in the folder;
    // entry.filePath is relative to the Astro root, which need not be the working directory.
    new Map(
      entries.map((entry) => [entry.filePath ? basename(entry.filePath) : `${entry.id}.mdx`, entry.id]),
    ),
  );
  return cached;
}
