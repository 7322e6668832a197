// Trunk post_build hook: moves Trunk's inline start-up script into its own
// file, so the page's Content-Security-Policy can forbid inline scripts.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run this from Trunk's post_build hook");
const indexPath = join(dir, "index.html");
const html = readFileSync(indexPath, "utf8");
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error("no inline start-up script found in index.html");
const hash = createHash("sha256").update(match[1]).digest("hex").slice(0, 16);
const file = `start-${hash}.js`;
writeFileSync(join(dir, file), match[1].trim() + "\n");
writeFileSync(indexPath, html.replace(inline, `<script type="module" src="./${file}"></script>`));
