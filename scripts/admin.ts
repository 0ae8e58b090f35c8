/**
 * `npm run admin`: the browser editor on this machine, without GitHub. Starts Decap's local proxy
 * (decap-server) on this checkout and the Astro dev server, and prints the /admin/ address.
 * With a clean working tree the proxy runs in MODE=git, so every draft is a local branch
 * cms/interventions/<slug>, as it would be a pull request on GitHub; with uncommitted changes it
 * falls back to MODE=fs and writes straight into content/, so nothing of yours is switched away.
 *
 * The dev server runs without live reload. In MODE=git decap-server reads a draft by checking out its
 * branch in this working tree and switching back; the dev server sees content/ change and would tell
 * every open page to reload. The editor is an app with unsaved form state that gets its data from the
 * proxy, not a page under development: reloaded, it reads the draft again, which checks the branch out
 * again, and so on every two seconds ("Indlæser dokumenter…" for ever). So nothing here reloads pages.
 *
 * Options (for tests): --port <dev server port> (default 4321), --proxy-port <port> (default Decap's
 * fixed 8081; a page opened on another port must have its requests to 8081 routed there).
 */
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { dev } from "astro";
import { LOCAL_PROXY } from "../src/lib/cms/index.ts";
import { routes } from "../src/lib/catalogue/index.ts";
import { startLocalProxy, type ProxyMode } from "./lib/local-proxy.ts";

const { values } = parseArgs({
  options: { port: { type: "string", default: "4321" }, "proxy-port": { type: "string" } },
});

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
  port: Number(values["proxy-port"] ?? new URL(LOCAL_PROXY).port),
  mode,
});
let server: Awaited<ReturnType<typeof dev>>;
try {
  server = await dev({
    root: process.cwd(),
    server: { port: Number(values.port) },
    // The editor draws its own interface; the toolbar would cover its buttons.
    devToolbar: { enabled: false },
    // No live reload, no hot updates: see the top of this file.
    vite: { server: { hmr: false } },
  });
} catch (error) {
  proxy.stop();
  throw error;
}

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  proxy.stop();
  await server.stop();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
proxy.process.on("exit", (code) => {
  if (stopping) return;
  console.error(`decap-server stoppede (kode ${code}); redaktøren kan ikke gemme. Start npm run admin igen.`);
  void stop();
});

const adminUrl = `http://localhost:${server.address.port}${routes.admin()}`;
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
