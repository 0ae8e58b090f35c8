/**
 * A minimal static file server for dist/, used by browser tests and benchmarks. Loopback only. Like a
 * production host, it sends the headers in the build's _headers file (Content-Security-Policy and friends)
 * gzips text files for clients that accept it, and answers repeated requests with 304 Not Modified, so
 * measured transfer sizes are realistic.
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { Transform } from "node:stream";
import { createGzip } from "node:zlib";
import { headersForPath, parseHeadersFile } from "../../src/lib/site/index.ts";

/** Compression level of common hosts; page-weight.ts measures with the same level. */
const GZIP_LEVEL = 6;
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".csv", ".txt"]);

/** Content types by file extension, shared with the dev server for the search index. */
export const CONTENT_TYPES: Record<string, string> = {
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

/** The file under `root` a request path names (or its index.html), never outside root. */
export function resolveFile(root: string, urlPath: string): string | undefined {
  const path = normalize(decodeURIComponent(urlPath.split("?")[0] ?? "/"));
  const candidate = join(root, path);
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, "index.html");
  return existsSync(index) ? index : undefined;
}

/** One response: the request path and the body bytes sent, after compression. */
export type ServedFile = { path: string; bytes: number };

export type StaticSite = {
  url: string;
  server: Server;
  /** Every response so far, in the order they finished; empty it to start a new measurement. */
  transfers: ServedFile[];
  close: () => Promise<void>;
};

export async function serveStatic(dir: string, port = 0): Promise<StaticSite> {
  const root = resolve(dir);
  const transfers: ServedFile[] = [];
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
    const gzip =
      COMPRESSIBLE.has(extname(target)) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    // Validators and "revalidate every time", as static hosts send by default, so a file the page asks for
    // twice costs a 304 the second time, as it would in production.
    const { size, mtimeMs } = statSync(target);
    const etag = `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}${gzip ? "-gz" : ""}"`;
    const headers = {
      ...headersForPath(rules, urlPath),
      "content-type": CONTENT_TYPES[extname(target)] ?? "application/octet-stream",
      "cache-control": "public, max-age=0, must-revalidate",
      etag,
      ...(gzip ? { "content-encoding": "gzip", vary: "accept-encoding" } : {}),
    };
    if (file && request.headers["if-none-match"] === etag) {
      response.writeHead(304, headers).end();
      response.on("finish", () => transfers.push({ path: request.url ?? "/", bytes: 0 }));
      return;
    }
    response.writeHead(file ? 200 : 404, headers);
    let bytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done(null, chunk);
      },
    });
    response.on("finish", () => transfers.push({ path: request.url ?? "/", bytes }));
    const body = createReadStream(target);
    (gzip ? body.pipe(createGzip({ level: GZIP_LEVEL })) : body).pipe(counter).pipe(response);
  });
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    server,
    transfers,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
