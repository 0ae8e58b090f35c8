/**
 * Build-time access to every entry's change history: one `git log` for the whole content folder,
 * run once per build. Without git, outside a repository or in a shallow clone, the history is
 * reported as unavailable and the build goes on.
 */
import { execFile } from "node:child_process";
import { basename, resolve } from "node:path";
import { promisify } from "node:util";
import { GIT_LOG_ARGS, parseGitLog, type ChangeHistory } from "../lib/open-data/index.ts";
import { CONTENT_PATHS } from "../lib/content/index.ts";

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
  try {
    const shallow = (await git(["rev-parse", "--is-shallow-repository"])).trim();
    if (shallow === "true") return { available: false, reason: "shallow" };
    const started = performance.now();
    const output = await git(GIT_LOG_ARGS);
    const changes = parseGitLog(output, files);
    if (process.env["LP_TIMINGS"]) {
      console.log(`change history: ${Math.round(performance.now() - started)} ms for ${files.size} files`);
    }
    return { available: true, changes };
  } catch {
    // No git, not a repository, or no commits yet.
    return { available: false, reason: "no-git" };
  }
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
