// The first visit: the page's frame is drawn before the wasm has arrived,
// and says so in words when the app cannot start; the register draws
// without the lazily loaded chunk; a page whose chunk cannot be fetched
// says so with a reload button, never a blank page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveDist, DIST } from "./support/server.mjs";
import { openBrowser } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";
import { declareIncident } from "./support/declare.mjs";
import { sidewaysScroll } from "./support/layout.mjs";

/** A copy of dist/ to break, and the names of its main wasm and its chunks. */
function copyOfDist() {
  const dir = mkdtempSync(join(tmpdir(), "incident-desk-first-load-"));
  cpSync(DIST, dir, { recursive: true });
  const files = readdirSync(dir);
  const main = files.find((file) => /^incident-desk-[0-9a-f]+_bg\.wasm$/.test(file));
  const chunks = files.filter((file) => file.endsWith(".wasm") && file !== main);
  assert.ok(main, "dist/ holds the main wasm");
  assert.ok(chunks.length > 0, "dist/ holds the lazily loaded chunks");
  return { dir, main, chunks };
}

/** This origin's service worker and its cache gone: the next load is from the network. */
async function forgetServiceWorker(page) {
  await page.evaluate(async () => {
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
    for (const key of await caches.keys()) await caches.delete(key);
  });
}

test("the frame is drawn before the wasm has arrived, then the app takes its place", async () => {
  const server = await serveDist({ subPath: "incident-desk" });
  const { context, page } = await openBrowser();
  try {
    // A slow connection: the wasm arrives two seconds late.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/_bg\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(server.url);
    await page.getByText("Loading Incident Desk…").waitFor();
    await page.getByRole("link", { name: "Incident Desk" }).waitFor();
    assert.equal(await page.getByRole("heading", { name: "Incident Desk has not started" }).isVisible(), false);
    release();
    await page.getByRole("heading", { name: "Incidents", level: 1 }).waitFor();
    assert.equal(await page.getByText("Loading Incident Desk…").count(), 0, "the frame is gone");
    assert.equal(await page.getByRole("banner").count(), 1, "one header, the app's");
    assert.equal(await page.getByRole("main").count(), 1, "one main area, the app's");
  } finally {
    await context.close();
    server.stop();
  }
});

test("the frame is styled before the pages' styles arrive, and no page is drawn without them", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    // The pages' stylesheet arrives late; the frame's and the wasm do not.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/\/app-[0-9a-f]+\.css$/, async (route) => {
      await held;
      await route.continue();
    });
    const wasm = page.waitForResponse(/_bg\.wasm$/);
    // Not until "load": the page is not loaded while a stylesheet is held.
    await page.goto(server.url, { waitUntil: "commit" });
    const loading = page.getByText("Loading Incident Desk…");
    await loading.waitFor();
    // The frame's own stylesheet has applied: GOV.UK's font, not the browser's.
    assert.match(await loading.evaluate((element) => getComputedStyle(element).fontFamily), /arial/i);
    await (await wasm).finished();
    await page.waitForTimeout(500);
    assert.equal(await page.getByRole("heading", { name: "Incidents", level: 1 }).count(), 0, "the app waits for its styles");
    release();
    const start = page.getByRole("button", { name: "Something is wrong" });
    await start.waitFor();
    // GOV.UK's start button, styled from the moment it is drawn: its shadow.
    assert.notEqual(await start.evaluate((element) => getComputedStyle(element).boxShadow), "none");
  } finally {
    await context.close();
    server.stop();
  }
});

test("when the wasm cannot be fetched, the frame says the app has not started and what to do", async () => {
  const { dir, main } = copyOfDist();
  rmSync(join(dir, main));
  const server = await serveDist({ dir });
  const { context, page } = await openBrowser();
  try {
    await page.goto(server.url);
    const problem = page.getByRole("heading", { name: "Incident Desk has not started" });
    // At once, not after the frame's own 20-second fallback.
    await problem.waitFor({ state: "visible", timeout: 5_000 });
    await page.getByText("If nothing changes, reload the page.").waitFor();
    assert.equal(await page.getByText("Loading Incident Desk…").isVisible(), false);
    await assertAccessible(page, "the frame when the app cannot start");
    // On the narrowest phone, nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    assert.deepEqual(await sidewaysScroll(page), []);
  } finally {
    await context.close();
    server.stop();
  }
});

test("the register draws from its index without the chunk; a page whose chunk is gone offers a reload", async () => {
  const { dir, chunks } = copyOfDist();
  const server = await serveDist({ dir });
  const { context, page, requests } = await openBrowser();
  try {
    const url = await declareIncident(page, server.url, "Declared before the release");
    // A new release replaced the chunks on the server; this tab's service
    // worker and cache are gone, so the old chunk is fetched from the server.
    await forgetServiceWorker(page);
    for (const chunk of chunks) renameSync(join(dir, chunk), join(dir, `${chunk}.gone`));
    const before = requests.length;
    await page.goto(server.url);
    await page.reload();
    await page.getByRole("link", { name: "Declared before the release" }).waitFor();
    await page.getByLabel("Search titles and summaries").fill("release");
    await page.getByRole("link", { name: "Declared before the release" }).waitFor();

    await page.getByRole("link", { name: "Declared before the release" }).click();
    await page.getByRole("heading", { name: "This page could not be loaded", level: 1 }).waitFor();
    await page.getByText("Everything saved in this browser is still there.").waitFor();
    await assertAccessible(page, "a page whose chunk could not be fetched");
    await page.setViewportSize({ width: 320, height: 640 });
    assert.deepEqual(await sidewaysScroll(page), []);
    await page.setViewportSize({ width: 1280, height: 900 });
    const chunkRequests = requests.slice(before).filter((request) => chunks.some((chunk) => request.includes(chunk)));
    assert.ok(chunkRequests.length > 0, "the incident page asked for its chunk");

    for (const chunk of chunks) renameSync(join(dir, `${chunk}.gone`), join(dir, chunk));
    await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Reload the page" }).click()]);
    await page.getByRole("heading", { name: "Declared before the release", level: 1 }).waitFor();
    assert.equal(page.url(), url);
  } finally {
    await context.close();
    server.stop();
  }
});
