// The browser benchmark: how the release build in dist/ behaves with a lot
// of data, in headless Chromium. Seeds realistic data made by the app's own
// domain code (bench/seed.rs), measures each figure several times, prints
// median, min and max with the ratios the targets are stated in, and writes
// the results with the machine's description to bench/results.md.
// It prints; it never fails on a time.
//
// Usage (after `make build`): node bench/browser.mjs
import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { serveDist, DIST } from "../e2e/support/server.mjs";
import { pickFolderOnDisk } from "../e2e/support/folder.mjs";
import { serveCompressed } from "./compressed-server.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const THROTTLED_RUNS = Number(process.env.BENCH_RUNS ?? 5);
const QUOTA = 5_242_880;

function exportFile(incidents, firstEntries = 20, restEntries = 20) {
  const out = execFileSync("cargo", ["run", "--quiet", "--locked", "--release", "--example", "seed", "--", "export", String(incidents), String(firstEntries), String(restEntries)], {
    maxBuffer: 1 << 30,
  });
  const path = join(mkdtempSync(join(tmpdir(), "incident-desk-bench-")), `export-${incidents}-${firstEntries}.json`);
  writeFileSync(path, out);
  return path;
}

function seed(incidents, firstEntries = 20) {
  const out = execFileSync("cargo", ["run", "--quiet", "--locked", "--release", "--example", "seed", "--", String(incidents), String(firstEntries)], {
    maxBuffer: 1 << 30,
  });
  return JSON.parse(out);
}

const idOf = (data) => Object.keys(data).find((k) => k.includes("/incident/")).split("/").pop();
const firstId = (data) => Object.keys(data).filter((k) => k.includes("/incident/")).sort()[0].split("/").pop();

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--enable-precise-memory-info", "--js-flags=--expose-gc"],
});
const server = await serveDist();

/** A fresh page whose storage holds `data`, with readiness markers. */
async function pageWith(data) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: "block" });
  await context.addInitScript(() => {
    addEventListener("TrunkApplicationStarted", (event) => (window.__wasm = event.detail.wasm));
    // When each write to storage completed, by key: a save is timed to its
    // write, not to a frame that happens to notice it.
    window.__written = {};
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      setItem.call(this, key, value);
      window.__written[key] = { at: performance.now(), value };
    };
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector("h1");
  await page.evaluate((data) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(data)) localStorage.setItem(key, value);
  }, data);
  // Start again, so the app reads what was seeded.
  await page.reload();
  await page.waitForSelector("h1");
  return { context, page };
}

/** Milliseconds from navigation start until `selector` is in the page (or
 * the body says `text`), after layout. A plain selector rather than a
 * function: the app's CSP rightly refuses `eval`. */
async function loadTime(page, url, { selector, text }) {
  await page.goto("about:blank");
  await page.goto(url);
  return page.evaluate(
    ([selector, text]) =>
      new Promise((resolve, reject) => {
        const give_up = performance.now() + 60_000;
        const check = () => {
          if (document.querySelector(selector) || (text && document.body.innerText.includes(text))) {
            // One more frame: the rows are laid out.
            requestAnimationFrame(() => resolve(performance.now()));
          } else if (performance.now() > give_up) reject(new Error(`${selector} never appeared`));
          else requestAnimationFrame(check);
        };
        check();
      }),
    [selector, text],
  );
}

const registerReady = { selector: "tbody tr", text: "No incidents have been recorded" };

async function startup(count) {
  const { context, page } = await pageWith(count ? seed(count) : {});
  const times = [];
  await loadTime(page, server.url, registerReady); // warm-up
  for (let i = 0; i < RUNS; i++) times.push(await loadTime(page, server.url, registerReady));
  await context.close();
  return times;
}

/** Milliseconds from clicking "Add to timeline" until the incident's write
 * to storage completed (the page shows the note as it saves). */
async function saveTimes(data, id) {
  const { context, page } = await pageWith(data);
  await page.goto(`${server.url}#/incidents/${id}`);
  await page.reload();
  await page.getByLabel("Your name").fill("Ada Lovelace");
  await page.getByLabel("What happened?").waitFor();
  const times = [];
  for (let i = -1; i < RUNS; i++) {
    const text = `Benchmark note ${i} ${Date.now()}`;
    await page.getByLabel("What happened?").fill(text);
    const ms = await page.evaluate(
      ([text, key]) =>
        new Promise((resolve) => {
          const button = [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Add to timeline");
          const start = performance.now();
          button.click();
          const give_up = start + 60_000;
          const check = () => {
            const written = window.__written[key];
            if (written && written.value.includes(text)) resolve(written.at - start);
            else if (performance.now() > give_up) resolve(NaN);
            else setTimeout(check, 1);
          };
          check();
        }),
      [text, `incident-desk/v1/incident/${id}`],
    );
    if (i >= 0) times.push(ms);
  }
  await context.close();
  return times;
}

/** Milliseconds from following a link to an incident until its timeline is shown. */
async function openTimes(data, id, lastText) {
  const { context, page } = await pageWith(data);
  const times = [];
  for (let i = -1; i < RUNS; i++) {
    await page.goto(server.url);
    await page.waitForSelector("tbody tr");
    const ms = await page.evaluate(
      ([id, lastText]) =>
        new Promise((resolve) => {
          const start = performance.now();
          location.hash = `#/incidents/${id}`;
          const check = () => {
            if (performance.now() > start + 60_000) return resolve(NaN);
            const list = document.querySelector("ol.app-timeline");
            if (list && list.textContent.includes(lastText)) requestAnimationFrame(() => resolve(performance.now() - start));
            else requestAnimationFrame(check);
          };
          check();
        }),
      [id, lastText],
    );
    if (i >= 0) times.push(ms);
  }
  await context.close();
  return times;
}

/** Per keystroke in "What happened?": keydown to the next frame, and keydown
 * to the end of the app's work for it (a microtask queued once the input
 * event has reached the window, so after the app's handler and the effects
 * it queued). */
async function typing(data, id) {
  const { context, page } = await pageWith(data);
  await page.goto(`${server.url}#/incidents/${id}`);
  await page.reload();
  const box = page.getByLabel("What happened?");
  await box.waitFor();
  await page.evaluate(() => {
    window.__frames = [];
    window.__work = [];
    let start = 0;
    document.addEventListener(
      "keydown",
      () => {
        start = performance.now();
        const at = start;
        requestAnimationFrame(() => window.__frames.push(performance.now() - at));
      },
      true,
    );
    addEventListener("input", () => queueMicrotask(() => window.__work.push(performance.now() - start)));
  });
  await box.click();
  for (let i = 0; i < RUNS; i++) await page.keyboard.type("The CDN is back, errors are falling.", { delay: 30 });
  await page.waitForTimeout(200);
  const result = await page.evaluate(() => ({ frames: window.__frames, work: window.__work }));
  await context.close();
  return result;
}

/** The JS heap (after a forced collection, through CDP) and the wasm
 * memory, in a fresh document that loaded the register of `data`. */
async function memory(data) {
  const { context, page } = await pageWith(data);
  await loadTime(page, server.url, registerReady);
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const wasm = await page.evaluate(() =>
    window.__wasm && window.__wasm.memory ? window.__wasm.memory.buffer.byteLength : null,
  );
  await context.close();
  return { heap: usedSize, wasm };
}

function charactersPerIncident(data) {
  const incidents = Object.keys(data).filter((key) => key.includes("/incident/")).length;
  const chars = Object.entries(data).reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  return chars / incidents;
}

const rows = [];
const fmt = (s) => `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
function figure(name, target, a, b, unitRatio = true) {
  const [sa, sb] = [stats(a), stats(b)];
  const ratio = sa.median / sb.median;
  rows.push([name, `${fmt(sa)} ÷ ${fmt(sb)}`, unitRatio ? `${ratio.toFixed(2)}×` : "", target]);
  console.log(rows.at(-1).join(" | "));
}

/** A first visit on a phone, as Lighthouse's mobile profile has it: Chromium's
 * own throttling through CDP (slow 4G: 562.5 ms round trip, 1.47 Mbps down,
 * 675 kbps up; the CPU 4× slower), in a fresh context with nothing cached,
 * from a host that serves brotli.
 * Milliseconds from navigation start to the first paint, and to the register
 * interactive: the app's start button in the page (its handlers are
 * attached as it mounts), noted by a MutationObserver, not a frame poll. */
async function throttledFirstVisit() {
  const host = await serveCompressed(DIST);
  const first = [];
  const interactive = [];
  for (let i = 0; i < THROTTLED_RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, serviceWorkers: "block" });
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector("a.govuk-button--start")) {
          window.__interactive = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 562.5,
      downloadThroughput: (1474.56 * 1024) / 8,
      uploadThroughput: (675 * 1024) / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(host.url);
    await page.waitForSelector("a.govuk-button--start", { timeout: 120_000 });
    const times = await page.evaluate(() => ({
      paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
      interactive: window.__interactive,
    }));
    first.push(times.paint);
    interactive.push(times.interactive);
    await context.close();
  }
  host.stop();
  return { first, interactive };
}

// BENCH_ONLY=import (or a list: first-visit,register) runs those figures alone.
const only = (process.env.BENCH_ONLY ?? "").split(",").filter(Boolean);
const want = (group) => only.length === 0 || only.includes(group);
if (want("first-visit")) {
  const visit = await throttledFirstVisit();
  const one = (values) => {
    const s = stats(values);
    return `${Math.round(s.median)} ms (${Math.round(s.min)}–${Math.round(s.max)})`;
  };
  rows.push([`first paint, first visit, throttled phone (median of ${THROTTLED_RUNS})`, one(visit.first), "", "≤ 1,500 ms"]);
  console.log(rows.at(-1).join(" | "));
  rows.push([`register interactive, the same visit (median of ${THROTTLED_RUNS})`, one(visit.interactive), "", "≤ 3,500 ms"]);
  console.log(rows.at(-1).join(" | "));
}

if (want("register")) {
  console.log("Seeding and measuring; this takes a few minutes.");
  const typical500 = seed(500);
  const big = seed(1, 1000);
  const small = seed(1, 20);
  const big500 = seed(500, 1000);

  figure("start-up, 500 stored ÷ 0", "≤ 1.3×", await startup(500), await startup(0));
  // 500 ÷ 0 compares a 50-row table with an empty page; this shows growth.
  figure("start-up, 1,000 stored ÷ 100", "", await startup(1000), await startup(100));
  figure("one save, 500 stored ÷ 1", "≤ 1.2×", await saveTimes(typical500, firstId(typical500)), await saveTimes(small, idOf(small)));
  figure("one save, 1,000 entries ÷ 20", "≤ 2×", await saveTimes(big, idOf(big)), await saveTimes(small, idOf(small)));
  const lastNote = "Checked the CDN logs";
  figure("opening an incident, 1,000 entries ÷ 20", "≤ 3×", await openTimes(big500, firstId(big500), lastNote), await openTimes(typical500, firstId(typical500), lastNote));
  const [bigKeys, smallKeys] = [await typing(big, idOf(big)), await typing(small, idOf(small))];
  const latency = (values) => {
    const s = stats(values);
    return `median ${s.median.toFixed(1)} ms, worst ${s.max.toFixed(1)} ms`;
  };
  rows.push([
    "typing on a 1,000-entry incident, input → next frame",
    `${latency(bigKeys.frames)} (20 entries: ${latency(smallKeys.frames)})`,
    "",
    "≤ 8 ms median, ≤ 16 ms worst",
  ]);
  console.log(rows.at(-1).join(" | "));
  rows.push([
    "the same keystrokes, input → the app's work done",
    `${latency(bigKeys.work)} (20 entries: ${latency(smallKeys.work)})`,
    "",
    "",
  ]);
  console.log(rows.at(-1).join(" | "));
  const perIncident = charactersPerIncident(seed(100));
  rows.push(["typical incidents in the 5,242,880-character quota", `${Math.floor(QUOTA / perIncident)} (${Math.round(perIncident)} characters each)`, "", "≥ 1,500"]);
  console.log(rows.at(-1).join(" | "));
  const mem = await memory(seed(1000));
  const mb = (n) => (n === null ? "not reported" : `${(n / 1_048_576).toFixed(1)} MB`);
  rows.push(["memory after loading 1,000 incidents", `JS heap ${mb(mem.heap)} after a forced collection, wasm ${mb(mem.wasm)}`, "", ""]);
  console.log(rows.at(-1).join(" | "));
}

/** Milliseconds from choosing `path` on the import page until `heading`
 * shows, then from clicking Import until `done` shows, in an empty browser;
 * and for each, the longest gap between two frames the page drew (a frame is
 * 16.7 ms: a longer gap is the page blocked). */
async function importing(path, heading, done) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(`${server.url}#/import`);
  await page.getByRole("heading", { name: "Import incidents", level: 1 }).waitFor();
  const watchFrames = () =>
    page.evaluate(() => {
      window.__gap = 0;
      let last = performance.now();
      const frame = (now) => {
        window.__gap = Math.max(window.__gap, now - last);
        last = now;
        window.__watching = requestAnimationFrame(frame);
      };
      window.__watching = requestAnimationFrame(frame);
    });
  const longestGap = () => page.evaluate(() => (cancelAnimationFrame(window.__watching), window.__gap));
  await watchFrames();
  let start = Date.now();
  await page.getByLabel("Choose a file, or drop it here").setInputFiles(path);
  await page.getByRole("heading", { name: heading }).or(page.getByText(heading)).first().waitFor({ timeout: 900_000 });
  const preview = { ms: Date.now() - start, gap: await longestGap() };
  let saved = null;
  if (done) {
    await watchFrames();
    start = Date.now();
    await page.getByRole("button", { name: /^Import [\d,]+ incidents?$/ }).click();
    await page.getByText(done).waitFor({ timeout: 900_000 });
    saved = { ms: Date.now() - start, gap: await longestGap(), said: await page.getByText(done).first().innerText() };
  }
  await context.close();
  return { preview, saved };
}

const ms = (n) => `${Math.round(n)} ms`;
if (want("import")) {
// 1,000 typical incidents (20 entries each), and 5,000 small ones (4
// entries each: a typical browser cannot hold 5,000 typical incidents).
for (const [count, entries] of [[1000, 20], [5000, 4]]) {
  const result = await importing(exportFile(count, entries, entries), `New incidents (${count})`, /^\d+ incidents? imported$/);
  rows.push([
    `importing ${count.toLocaleString("en-GB")} incidents of ${entries} entries into an empty browser (one run)`,
    `preview ${ms(result.preview.ms)}, import ${ms(result.saved.ms)} (“${result.saved.said}”); longest gap between frames ${ms(result.preview.gap)} and ${ms(result.saved.gap)}`,
    "",
    count === 1000 ? "a few seconds" : "",
  ]);
  console.log(rows.at(-1).join(" | "));
}
const longTimeline = await importing(exportFile(1, 10_000), "New incidents (1)", /^1 incident imported$/);
rows.push([
  "previewing one incident with a 10,000-entry timeline (one run)",
  `preview ${ms(longTimeline.preview.ms)}, import ${ms(longTimeline.saved.ms)}; longest gap between frames ${ms(longTimeline.preview.gap)} and ${ms(longTimeline.saved.gap)}`,
  "",
  "no gap over a frame",
]);
console.log(rows.at(-1).join(" | "));
const deepPath = join(mkdtempSync(join(tmpdir(), "incident-desk-bench-")), "deep.json");
writeFileSync(deepPath, `{"format":"incident-desk","schema_version":3,"incidents":${"[".repeat(100)}${"]".repeat(100)}}`);
const deep = await importing(deepPath, "The file cannot be imported", null);
rows.push([
  "previewing a file nested 100 deep (one run)",
  `refused in ${ms(deep.preview.ms)}; longest gap between frames ${ms(deep.preview.gap)}`,
  "",
  "no gap over a frame",
]);
console.log(rows.at(-1).join(" | "));
}

/** Milliseconds from a note added in one browser until another browser,
 * sharing a team folder on disk and looking again every half second (as a
 * person switching back to its window does), shows it. */
async function teammateChange() {
  const dir = mkdtempSync(join(tmpdir(), "incident-desk-bench-team-"));
  const open = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: "block" });
    await pickFolderOnDisk(context, dir);
    const page = await context.newPage();
    return { context, page };
  };
  const [ada, bob] = [await open(), await open()];
  await ada.page.goto(`${server.url}#/incidents/new`);
  await ada.page.getByLabel("Your name").fill("Ada Lovelace");
  await ada.page.getByLabel("Title").fill("Shared through the folder");
  await ada.page.getByLabel("Summary").fill("Measuring how soon a teammate sees a change.");
  await ada.page.getByRole("radio", { name: "No", exact: true }).check();
  await ada.page.getByRole("button", { name: "Declare incident" }).click();
  await ada.page.getByRole("heading", { name: "Shared through the folder", level: 1 }).waitFor();
  const hash = await ada.page.evaluate(() => location.hash);
  await bob.page.goto(server.url);
  for (const { page } of [ada, bob]) {
    await page.evaluate(() => (location.hash = "#/team-folder"));
    await page.getByRole("button", { name: "Choose the team folder" }).click();
    await page.getByText(/^Up to date at/).waitFor();
  }
  await bob.page.evaluate((hash) => (location.hash = hash), hash);
  await bob.page.getByRole("heading", { name: "Shared through the folder", level: 1 }).waitFor();
  await ada.page.evaluate((hash) => (location.hash = hash), hash);
  await ada.page.getByLabel("What happened?").waitFor();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const text = `Teammate's note ${i}`;
    await ada.page.getByLabel("What happened?").fill(text);
    const start = Date.now();
    await ada.page.getByRole("button", { name: "Add to timeline" }).click();
    const looking = setInterval(() => bob.page.evaluate(() => dispatchEvent(new Event("focus"))).catch(() => {}), 500);
    await bob.page.getByText(text, { exact: true }).waitFor({ timeout: 120_000 });
    clearInterval(looking);
    times.push(Date.now() - start);
  }
  await ada.context.close();
  await bob.context.close();
  return times;
}

if (want("team")) {
  const seen = stats(await teammateChange());
  rows.push([
    "a note in one browser until a teammate's browser shows it, through a folder on disk",
    `${fmt(seen)}: two seconds' wait after the change, then a round in each browser`,
    "",
    "within a minute",
  ]);
  console.log(rows.at(-1).join(" | "));
}

await browser.close();
server.stop();

const chromiumVersion = execFileSync(process.env.CHROMIUM ?? "/usr/bin/chromium", ["--version"], {
  stdio: ["ignore", "pipe", "ignore"],
})
  .toString()
  .trim();
const machine = `${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}, ${chromiumVersion}`;
const table = [
  "| figure | measured: median (min–max) of " + RUNS + " runs | ratio | target |",
  "|---|---|---|---|",
  ...rows.map((row) => `| ${row.join(" | ")} |`),
].join("\n");
writeFileSync(
  join(import.meta.dirname, "results.md"),
  `# Browser benchmark results\n\nThe last run of \`make bench\` (\`node bench/browser.mjs\`), on ${new Date().toISOString().slice(0, 10)}${only.length ? ` (only the ${only.join(", ")} figures: BENCH_ONLY)` : ""}.\n\nMachine: ${machine}.\n\n${table}\n\nInput → next frame includes the wait for the next frame, which headless Chromium draws every 16.7 ms whatever the page does: compare the 20-entry incident in the same row. The row after it is the app's own work per keystroke.\n`,
);
console.log(`\nWritten to bench/results.md (${machine}).`);
