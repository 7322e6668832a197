// A real folder on disk standing in for the one a person picks: browsers
// cannot be driven through the folder picker, so `showDirectoryPicker`
// returns a handle whose file operations reach `dir` through a binding.
// Everything after the picker is the app's own code.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, normalize } from "node:path";

/** Makes `context`'s pages pick `dir` as the team folder. `control.readOnly`
 * makes every write fail, as a drive that stopped accepting them. */
export async function pickFolderOnDisk(context, dir) {
  const control = { readOnly: false };
  const inside = (path) => {
    const full = normalize(join(dir, path));
    if (!full.startsWith(normalize(dir))) throw new Error("outside the folder");
    return full;
  };
  await context.exposeBinding("teamFolderDisk", (_source, op, path, text) => {
    const full = inside(path);
    switch (op) {
      case "dir": {
        try {
          if (statSync(full).isDirectory()) return true;
        } catch {}
        if (text === "create") {
          if (control.readOnly) return "read-only";
          mkdirSync(full, { recursive: true });
          return true;
        }
        return false;
      }
      case "list":
        return readdirSync(full, { withFileTypes: true }).map((entry) => ({
          name: entry.name,
          kind: entry.isDirectory() ? "directory" : "file",
        }));
      case "read": {
        try {
          const stat = statSync(full);
          return { text: readFileSync(full, "utf8"), modified: Math.floor(stat.mtimeMs) };
        } catch {
          return null;
        }
      }
      case "write":
        if (control.readOnly) return "read-only";
        writeFileSync(full, text);
        return true;
    }
  });
  await context.addInitScript(() => {
    const fail = (name, message) => Object.assign(new Error(message), { name });
    const file = (path, name) => ({
      kind: "file",
      name,
      async getFile() {
        const found = await window.teamFolderDisk("read", path);
        if (!found) throw fail("NotFoundError", `${path} is not there`);
        return new File([found.text], name, { lastModified: found.modified });
      },
      async createWritable() {
        let data = "";
        return {
          async write(text) {
            data += text;
          },
          async close() {
            const done = await window.teamFolderDisk("write", path, data);
            if (done !== true) throw fail("NoModificationAllowedError", "The drive is read-only.");
          },
        };
      },
    });
    const directory = (path, name) => ({
      kind: "directory",
      name,
      async getDirectoryHandle(child, options = {}) {
        const at = path ? `${path}/${child}` : child;
        const found = await window.teamFolderDisk("dir", at, options.create ? "create" : "");
        if (found === "read-only") throw fail("NoModificationAllowedError", "The drive is read-only.");
        if (!found) throw fail("NotFoundError", `${at} is not there`);
        return directory(at, child);
      },
      async getFileHandle(child, options = {}) {
        const at = path ? `${path}/${child}` : child;
        const found = await window.teamFolderDisk("read", at);
        if (!found && !options.create) throw fail("NotFoundError", `${at} is not there`);
        return file(at, child);
      },
      async *values() {
        for (const entry of await window.teamFolderDisk("list", path)) {
          const at = path ? `${path}/${entry.name}` : entry.name;
          yield entry.kind === "directory" ? directory(at, entry.name) : file(at, entry.name);
        }
      },
      async queryPermission() {
        return "granted";
      },
      async requestPermission() {
        return "granted";
      },
    });
    window.showDirectoryPicker = async () => directory("", "INCIDENTS");
  });
  return control;
}
