// Serves a folder of static files on 127.0.0.1 with Python's http.server, on
// a free port, the way any static host would serve dist/.
import { spawn } from "node:child_process";
import { mkdtempSync, symlinkSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const DIST = resolve(import.meta.dirname, "..", "..", "dist");

/** Serves dist/ (or a copy of it in `dir`) at the site root, or under
 * `subPath` (such as "incident-desk"). */
export async function serveDist({ subPath, dir = DIST } = {}) {
  if (!existsSync(join(dir, "index.html"))) {
    throw new Error(`${dir}/index.html is missing: run "make build" first (make test does)`);
  }
  let root = dir;
  if (subPath) {
    root = mkdtempSync(join(tmpdir(), "incident-desk-site-"));
    symlinkSync(dir, join(root, subPath));
  }
  const server = spawn("python3", ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", root], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const port = await new Promise((resolvePort, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 10_000);
    server.stdout.on("data", (chunk) => {
      output += chunk;
      const match = output.match(/port (\d+)/);
      if (match) {
        clearTimeout(timer);
        resolvePort(Number(match[1]));
      }
    });
    server.on("exit", (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: subPath ? `${origin}/${subPath}/` : `${origin}/`,
    stop: () => server.kill(),
    /** Stops the server and waits until it has gone. */
    stopped: () => new Promise((resolveStop) => {
      if (server.exitCode !== null) return resolveStop();
      server.once("exit", () => resolveStop());
      server.kill();
    }),
  };
}
