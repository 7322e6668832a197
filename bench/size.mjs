// Prints the release build's size, raw, gzip and brotli (quality 11), as a
// browser downloads it: the first load (the page, its styles and scripts,
// and the wasm the register needs) by kind of file, then the chunks of
// wasm fetched when a page that needs them is first shown, then both. The
// service worker is left out: the page fetches it after loading.
//
// Usage: node bench/size.mjs dist [--budget bench/size-budget.txt]
// With a budget, exits with an error when a brotli figure exceeds its
// line in that file, in kB (only ever lowered: say why in the commit if
// one must rise).
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const args = process.argv.slice(2);
const dir = args.find((arg) => !arg.startsWith("--")) ?? "dist";
const budgetAt = args.indexOf("--budget");
const budgetFile = budgetAt >= 0 ? args[budgetAt + 1] : null;

const kinds = { ".html": "html", ".css": "css", ".js": "js", ".wasm": "wasm" };
const files = readdirSync(dir).filter((name) => kinds[extname(name)] && name !== "sw.js");
const read = (name) => readFileSync(join(dir, name));

// The first load: what index.html names, and what those scripts import.
const firstLoad = new Set(["index.html"]);
const named = (text) =>
  [...text.matchAll(/(?:href|src)=["']?\.\/([^"' >]+)|from\s*["']\.\/([^"']+)["']|import\s*["']\.\/([^"']+)["']/g)]
    .map((match) => match[1] ?? match[2] ?? match[3])
    .filter((name) => files.includes(name));
for (let queue = ["index.html"]; queue.length; ) {
  for (const name of named(read(queue.pop()).toString("utf8"))) {
    if (firstLoad.has(name)) continue;
    firstLoad.add(name);
    if (name.endsWith(".js")) queue.push(name);
  }
}

const sizes = () => ({ raw: 0, gzip: 0, brotli: 0 });
const add = (sum, more) => Object.keys(sum).forEach((k) => (sum[k] += more[k]));
const byKind = {};
const first = sizes();
const chunks = sizes();
let chunkCount = 0;
for (const name of files) {
  const bytes = read(name);
  const size = {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  if (firstLoad.has(name)) {
    add((byKind[kinds[extname(name)]] ??= sizes()), size);
    add(first, size);
  } else {
    add(chunks, size);
    chunkCount += 1;
  }
}
const kb = (n) => `${(n / 1024).toFixed(1)} kB`.padStart(10);
const line = (label, s) => console.log(`${label.padEnd(16)}${kb(s.raw)}${kb(s.gzip)}${kb(s.brotli)}`);
console.log(`${"first load".padEnd(16)}${"raw".padStart(10)}${"gzip".padStart(10)}${"brotli".padStart(10)}`);
for (const kind of ["html", "css", "js", "wasm"]) line(`  ${kind}`, byKind[kind] ?? sizes());
line("first load", first);
line(`chunks (${chunkCount})`, chunks);
const everything = sizes();
add(everything, first);
add(everything, chunks);
line("everything", everything);

if (budgetFile) {
  // Lines such as `first-load 150`: a figure's name, then its budget in kB.
  const budgets = Object.fromEntries(
    readFileSync(budgetFile, "utf8")
      .split("\n")
      .map((text) => text.match(/^\s*(first-load|everything)\s+(\d+(?:\.\d+)?)\s*$/))
      .filter(Boolean)
      .map((match) => [match[1], Number(match[2])]),
  );
  let over = false;
  for (const [figure, measured] of [["first-load", first], ["everything", everything]]) {
    const budget = budgets[figure];
    if (!(budget > 0)) throw new Error(`${budgetFile} holds no ${figure} budget in kB`);
    const total = measured.brotli / 1024;
    if (total > budget) {
      console.error(`${figure} is ${total.toFixed(1)} kB brotli, over its ${budget} kB budget in ${budgetFile}.`);
      over = true;
    } else {
      console.log(`${figure} within its ${budget} kB budget (${(budget - total).toFixed(1)} kB to spare).`);
    }
  }
  if (over) process.exit(1);
}
