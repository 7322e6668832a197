// Prints the release build's first-load size by kind of file: raw, gzip and
// brotli (quality 11), as a browser downloads them. The service worker is
// left out: the page fetches it after loading, to work offline later.
//
// Usage: node bench/size.mjs dist [--budget bench/size-budget.txt]
// With a budget, exits with an error when the brotli total exceeds it: the
// number in that file, in kB, only ever lowered (say why in the commit if
// it must rise).
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const args = process.argv.slice(2);
const dir = args.find((arg) => !arg.startsWith("--")) ?? "dist";
const budgetAt = args.indexOf("--budget");
const budgetFile = budgetAt >= 0 ? args[budgetAt + 1] : null;

const kinds = { ".html": "html", ".css": "css", ".js": "js", ".wasm": "wasm" };
const totals = {};
for (const name of readdirSync(dir)) {
  const kind = kinds[extname(name)];
  if (!kind || name === "sw.js") continue;
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

if (budgetFile) {
  const budget = Number(readFileSync(budgetFile, "utf8").split("\n").find((line) => /^\s*\d/.test(line)));
  const total = all.brotli / 1024;
  if (!(budget > 0)) throw new Error(`${budgetFile} holds no budget in kB`);
  if (total > budget) {
    console.error(`First load is ${total.toFixed(1)} kB brotli, over the ${budget} kB budget in ${budgetFile}.`);
    process.exit(1);
  }
  console.log(`Within the ${budget} kB budget (${(budget - total).toFixed(1)} kB to spare).`);
}
