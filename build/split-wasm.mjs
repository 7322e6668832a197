// Trunk post_build hook, first step: splits the pages the register does not
// need out of the wasm into chunks fetched when first shown (wasm-split-cli,
// the transform cargo-leptos runs), then does to the result what Trunk did to
// the whole: wasm-bindgen, and wasm-opt in release builds. Every file gets a
// content-hashed name, every chunk fetch an integrity check, and index.html
// the new names and hashes. The service worker, written after, lists it all.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { minify } from "terser";

const run = promisify(execFile);
const { TRUNK_STAGING_DIR: dir, TRUNK_SOURCE_DIR: source, TRUNK_PROFILE: profile } = process.env;
if (!dir || !source || !profile) throw new Error("run this from Trunk's post_build hook");
const name = "incident-desk";
const targetDir = resolve(source, process.env.CARGO_TARGET_DIR ?? "target");
const linked = join(targetDir, "wasm32-unknown-unknown", profile, `${name}.wasm`);
// What `data-wasm-opt="z"` with its params did, best of the variants tried.
const optimise = ["-Oz", "--flatten", "--rereloop", "-Oz", "-Oz"];
// wasm-streams (Leptos's server functions bring it, through gloo-net)
// exports its stream adapters to JS, so they stay in the wasm though the
// app has no server function to stream from: without the exports,
// wasm-opt drops them (1.1 kB brotli of the first load).
const unusedExports = ["--remove-exports", "--pass-arg=remove-exports@*intounderlying*"];

const hash = (...parts) => {
  const digest = createHash("sha256");
  for (const part of parts) digest.update(part);
  return digest.digest("hex").slice(0, 16);
};
// Release builds minify the scripts, as Trunk did its own.
const minified = async (code) =>
  profile === "release" ? (await minify(code, { module: true })).code : code;
const integrity = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

const work = mkdtempSync(join(tmpdir(), "split-wasm-"));
try {
  await run("wasm-split-cli", [linked, work, "--target", "web", "--out-name", name]);
  await run("wasm-bindgen", [
    join(work, `${name}.wasm`),
    "--out-dir", join(work, "bindgen"),
    "--target", "web",
    "--out-name", name,
    "--no-typescript",
    // The chunks link against the linker's exports (table, memory, shared functions).
    "--keep-lld-exports",
  ]);
  const chunks = readdirSync(work).filter((file) => file.endsWith(".wasm") && file !== `${name}.wasm`);
  const mainWasm = join(work, "bindgen", `${name}_bg.wasm`);
  if (profile === "release") {
    // Two at a time: the machine this builds on may have two cores.
    const queue = [mainWasm, ...chunks.map((chunk) => join(work, chunk))];
    const worker = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const only = file === mainWasm ? unusedExports : [];
        await run("wasm-opt", [`--output=${file}`, file, ...only, ...optimise], { maxBuffer: 1 << 26 });
      }
    };
    await Promise.all([worker(), worker()]);
  }

  // Chunks first, then the loader that names them, then the glue that names the loader.
  const out = new Map();
  let loader = readFileSync(join(work, "__wasm_split.js"), "utf8");
  const chunkBytes = [];
  for (const chunk of chunks) {
    const bytes = readFileSync(join(work, chunk));
    chunkBytes.push(bytes);
    const hashed = chunk.replace(/\.wasm$/, `-${hash(bytes)}.wasm`);
    out.set(hashed, bytes);
    const fetchOf = `fetch(new URL("./${chunk}", import.meta.url))`;
    if (!loader.includes(fetchOf)) throw new Error(`__wasm_split.js does not fetch ${chunk}`);
    loader = loader.replace(
      fetchOf,
      `fetch(new URL("./${hashed}", import.meta.url), { integrity: "${integrity(bytes)}" })`,
    );
  }
  const wasmBytes = readFileSync(mainWasm);
  let glue = await minified(readFileSync(join(work, "bindgen", `${name}.js`), "utf8"));
  const glueName = `${name}-${hash(wasmBytes, glue, ...chunkBytes)}.js`;
  const wasmName = `${name}-${hash(wasmBytes)}_bg.wasm`;
  const mainImport = `from "./${name}.js"`;
  if (!loader.includes(mainImport)) throw new Error("__wasm_split.js does not import the glue");
  loader = await minified(loader.replace(mainImport, `from "./${glueName}"`));
  const loaderName = `__wasm_split-${hash(loader)}.js`;
  out.set(loaderName, loader);
  // Only the import specifiers: the keys of the imports object must stay
  // as the wasm names its import module.
  const loaderImport = /from\s*"\.\/__wasm_split\.js"/g;
  if (!loaderImport.test(glue)) throw new Error("the glue does not import __wasm_split.js");
  glue = glue.replace(loaderImport, `from "./${loaderName}"`);
  out.set(glueName, glue);
  out.set(wasmName, wasmBytes);

  // Trunk's own glue and wasm, of the whole, give way to the split ones.
  let html = readFileSync(join(dir, "index.html"), "utf8");
  const trunkFile = (pattern) => {
    const found = readdirSync(dir).filter((file) => pattern.test(file));
    if (found.length !== 1) throw new Error(`expected one ${pattern} in ${dir}, found ${found.length}`);
    return found[0];
  };
  const replacing = [
    [trunkFile(new RegExp(`^${name}-[0-9a-f]+\\.js$`)), glueName],
    [trunkFile(new RegExp(`^${name}-[0-9a-f]+_bg\\.wasm$`)), wasmName],
  ];
  for (const [old, now] of replacing) {
    const oldIntegrity = integrity(readFileSync(join(dir, old)));
    if (!html.includes(oldIntegrity)) throw new Error(`index.html has no integrity for ${old}`);
    html = html.replaceAll(old, now).replace(oldIntegrity, integrity(out.get(now)));
    rmSync(join(dir, old));
  }
  for (const [file, contents] of out) writeFileSync(join(dir, file), contents);
  writeFileSync(join(dir, "index.html"), html);
} finally {
  rmSync(work, { recursive: true, force: true });
}
