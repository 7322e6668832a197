// Compiles style/main.scss to style/build/app.css with the npm `sass` package,
// so no Sass binary has to be downloaded. Trunk runs this before each build.
import * as sass from "sass";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const result = sass.compile(join(here, "main.scss"), {
  loadPaths: [join(here, "..", "node_modules")],
  style: "compressed",
  quietDeps: true,
});
mkdirSync(join(here, "build"), { recursive: true });
writeFileSync(join(here, "build", "app.css"), result.css);
