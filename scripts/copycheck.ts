/**
 * Runs the shared copy checker (../shared/tools/copycheck.py), which flags text that repeats the
 * source documents word for word. Outside CI a missing ../shared is reported and skipped; in CI it fails.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

const shared = resolve(process.env["LP_SHARED_DIR"] ?? "../shared");
const tool = resolve(shared, "tools/copycheck.py");

if (!existsSync(tool)) {
  const message = `copycheck: ${tool} not found; set LP_SHARED_DIR to the folder that holds tools/ and seeds/.`;
  if (process.env["CI"]) {
    console.error(message);
    process.exit(1);
  }
  console.warn(`${message} Skipped outside CI.`);
  process.exit(0);
}

const result = spawnSync("python3", [tool, process.cwd()], { stdio: "inherit" });
process.exit(result.status ?? 1);
