/**
 * A minimal static file server for dist/, used by browser tests and benchmarks. Loopback only. Like the
 * production host, it sends the headers in the build's _headers file (Content-Security-Policy and friends).
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { headersForPath, parseHeadersFile } from "../../src/lib/security-policy.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".wasm": "application/wasm",
  ".xml": "application/xml; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

function resolveFile(root: string, urlPath: string): string | undefined {
  const path = normalize(decodeURIComponent(urlPath.split("?")[0] ?? "/"));
  const candidate = join(root, path);
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, "index.html");
  return existsSync(index) ? index : undefined;
}

export async function serveStatic(
  dir: string,
  port = 0,
): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const root = resolve(dir);
  const headersPath = join(root, "_headers");
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, "utf8")) : [];
  const server = createServer((request, response) => {
    const urlPath = (request.url ?? "/").split("?")[0] ?? "/";
    const file = urlPath === "/_headers" ? undefined : resolveFile(root, request.url ?? "/");
    const notFound = join(root, "404.html");
    const target = file ?? (existsSync(notFound) ? notFound : undefined);
    if (!target) {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    response.writeHead(file ? 200 : 404, {
      ...headersForPath(rules, urlPath),
      "content-type": TYPES[extname(target)] ?? "application/octet-stream",
    });
    createReadStream(target).pipe(response);
  });
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    server,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
