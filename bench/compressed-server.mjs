// Serves dist/ the way a static host such as GitHub Pages does: brotli when
// the browser accepts it, with the right content types, so the throttled
// figures download what a phone would. (The end-to-end tests' server sends
// everything uncompressed, which no real host does.)
import { createServer } from "node:http";
import { readFileSync, existsSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};
const COMPRESSED = new Set([".html", ".js", ".css", ".wasm", ".svg", ".webmanifest"]);

/** Serves `dir` on 127.0.0.1 at a free port; resolves to its URL and a stop. */
export async function serveCompressed(dir) {
  const cache = new Map();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) return response.writeHead(404).end();
    const type = extname(file);
    const brotli = COMPRESSED.has(type) && /\bbr\b/.test(request.headers["accept-encoding"] ?? "");
    let body = cache.get(`${file}:${brotli}`);
    if (!body) {
      body = readFileSync(file);
      if (brotli) body = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
      cache.set(`${file}:${brotli}`, body);
    }
    response.writeHead(200, {
      "content-type": TYPES[type] ?? "application/octet-stream",
      "content-length": body.length,
      "cache-control": "no-cache",
      ...(brotli ? { "content-encoding": "br" } : {}),
    });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, stop: () => server.close() };
}
