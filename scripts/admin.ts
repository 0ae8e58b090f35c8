/**
 * `npm run admin`: the browser editor on this machine, without GitHub. Starts Decap's local proxy
 * (decap-server) on this checkout and the Astro dev server, and prints the /admin/ address.
 * With a clean working tree the proxy runs in MODE=git, so every draft is a local branch
 * cms/interventions/<slug>, as it would be a pull request on GitHub; with uncommitted changes it
 * falls back to MODE=fs and writes straight into content/, so nothing of yours is switched away.
 */
import { execFileSync, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { LOCAL_PROXY } from "../src/lib/cms/index.ts";
import { routes } from "../src/lib/catalogue/index.ts";
import { startLocalProxy, type ProxyMode } from "./lib/local-proxy.ts";

const DEV_PORT = 4321;

function workingTreeIsClean(): boolean {
  try {
    return execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" }).trim() === "";
  } catch {
    return false;
  }
}

const mode: ProxyMode = workingTreeIsClean() ? "git" : "fs";
const proxy = await startLocalProxy({
  repoDir: process.cwd(),
  port: Number(new URL(LOCAL_PROXY).port),
  mode,
});
const require = createRequire(import.meta.url);
const astro = join(dirname(require.resolve("astro/package.json")), "bin", "astro.mjs");
const dev = spawn(process.execPath, [astro, "dev", "--port", String(DEV_PORT)], { stdio: "inherit" });

const stop = () => {
  proxy.stop();
  if (dev.exitCode === null) dev.kill();
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
dev.on("exit", (code) => {
  proxy.stop();
  process.exit(code ?? 0);
});

const adminUrl = `http://localhost:${DEV_PORT}${routes.admin()}`;
for (let tries = 0; tries < 300; tries++) {
  try {
    if ((await fetch(adminUrl)).ok) break;
  } catch {
    // Not up yet.
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}
console.log(`\nRedaktøren kører: ${adminUrl}`);
console.log(
  mode === "git"
    ? "Hvert udkast bliver en lokal gren, cms/interventions/<navn>. Stop med Ctrl+C."
    : "Arbejdsmappen har ucommittede ændringer, så redaktøren skriver direkte i content/ (ingen grene). Stop med Ctrl+C.",
);
