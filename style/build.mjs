// Compiles the two stylesheets with the npm `sass` package, so no Sass
// binary has to be downloaded. Trunk runs this before each build.
// frame.scss → style/build/frame.css: the frame index.html draws first.
// main.scss → style/build/app.css: everything else.
import * as sass from "sass";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { classesFromParts, trim, wordsIn } from "./trim.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const compile = (entry) =>
  sass.compile(join(here, entry), {
    loadPaths: [join(here, "..", "node_modules")],
    style: "compressed",
    quietDeps: true,
  }).css;
const root = join(here, "..");
// Where the app writes class names: the page, its pages' Rust, its scripts.
const sources = [
  join(root, "index.html"),
  ...["src", "core/src", "static"].flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true })
      .filter((file) => /\.(rs|js)$/.test(file))
      .map((file) => join(root, folder, file)),
  ),
];
const parts = classesFromParts(sources);
if (parts.length > 0) {
  throw new Error(`classes made from parts, which style/trim.mjs cannot see:\n${parts.join("\n")}`);
}
const words = wordsIn(sources);
const sheets = { "frame.css": trim(compile("frame.scss"), words), "app.css": trim(compile("main.scss"), words) };

// Only the override classes the app uses are compiled (_overrides.scss):
// one used anywhere else would be silently unstyled, so stop here.
const css = Object.values(sheets).join("");
const missing = [...words]
  .filter((word) => word.startsWith("govuk-!-"))
  .filter((name) => !css.includes(`.${name.replace("!", "\\!")}{`));
if (missing.length > 0) {
  throw new Error(`style/_overrides.scss lacks ${missing.join(", ")}, which the app uses`);
}
mkdirSync(join(here, "build"), { recursive: true });
for (const [name, text] of Object.entries(sheets)) writeFileSync(join(here, "build", name), text);
