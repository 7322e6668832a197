// Prints the release build's size by kind of file: raw, gzip and brotli, as a
// browser would download it. Usage: node bench/size.mjs dist
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const dir = process.argv[2] ?? "dist";
const kinds = { ".html": "html", ".css": "css", ".js": "js", ".wasm": "wasm" };
const totals = {};
for (const name of readdirSync(dir)) {
  const kind = kinds[extname(name)];
  if (!kind) continue;
  const bytes = readFileSync(join(dir, name));
  const sizes = totals[kind] ?? (totals[kind] = { raw: 0, gzip: 0, brotli: 0 });
  sizes.raw += bytes.length;
  sizes.gzip += gzipSync(bytes, { level: 9 }).length;
  sizes.brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}
const kb = (n) => `${(n / 1024).toFixed(1)} kB`.padStart(10);
console.log(`${"file".padEnd(6)}${"raw".padStart(10)}${"gzip".padStart(10)}${"brotli".padStart(10)}`);
const all = { raw: 0, gzip: 0, brotli: 0 };
for (const kind of ["html", "css", "js", "wasm"]) {
  const s = totals[kind] ?? { raw: 0, gzip: 0, brotli: 0 };
  for (const k of Object.keys(all)) all[k] += s[k];
  console.log(`${kind.padEnd(6)}${kb(s.raw)}${kb(s.gzip)}${kb(s.brotli)}`);
}
console.log(`${"total".padEnd(6)}${kb(all.raw)}${kb(all.gzip)}${kb(all.brotli)}`);
