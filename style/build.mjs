// Compiles style/main.scss to style/build/app.css with the npm `sass` package,
// so no Sass binary has to be downloaded. Trunk runs this before each build.
import * as sass from "sass";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const result = sass.compile(join(here, "main.scss"), {
  loadPaths: [join(here, "..", "node_modules")],
  style: "compressed",
  quietDeps: true,
});
mkdirSync(join(here, "build"), { recursive: true });

// Only the override classes the app uses are compiled (_overrides.scss):
// one used anywhere else would be silently unstyled, so stop here.
const root = join(here, "..");
const sources = [
  join(root, "index.html"),
  ...readdirSync(join(root, "src"), { recursive: true })
    .filter((file) => file.endsWith(".rs"))
    .map((file) => join(root, "src", file)),
];
const used = new Set(sources.flatMap((file) => readFileSync(file, "utf8").match(/govuk-!-[a-z0-9-]+/g) ?? []));
const missing = [...used].filter((name) => !result.css.includes(`.${name.replace("!", "\\!")}{`));
if (missing.length > 0) {
  throw new Error(`style/_overrides.scss lacks ${missing.join(", ")}, which the app uses`);
}
writeFileSync(join(here, "build", "app.css"), result.css);
