// Trunk post_build hook: writes sw.js into the build, precaching every file
// the build holds under a cache named from their content, so a new build is
// a new cache and the old one is deleted when the new worker takes over.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run this from Trunk's post_build hook");
const files = readdirSync(dir, { withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name !== "sw.js")
  .map((entry) => entry.name)
  .sort();
const hash = createHash("sha256");
for (const file of files) hash.update(file).update(readFileSync(join(dir, file)));
const template = readFileSync(join(import.meta.dirname, "service-worker.js"), "utf8");
const worker = template
  .replace("__CACHE__", `incident-desk-${hash.digest("hex").slice(0, 16)}`)
  .replace("__FILES__", JSON.stringify(["./", ...files.map((file) => `./${file}`)]));
writeFileSync(join(dir, "sw.js"), worker);
