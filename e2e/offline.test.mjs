// Offline: once loaded, the app opens and works with no network at all, even
// with its server gone, and moves to a new version only when asked, with
// nothing unsaved.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveDist, DIST } from "./support/server.mjs";
import { openBrowser } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";
import { declareIncident } from "./support/declare.mjs";
import { addNote, fillStorage, emptyStorage } from "./support/storage.mjs";

/** Waits until the service worker controls the page, with the app cached. */
async function untilOfflineReady(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
}

test("with no network the app reloads and everything works; back online, all of it is there", async () => {
  const server = await serveDist({ subPath: "incident-desk" });
  const { context, page } = await openBrowser();
  try {
    await page.goto(server.url);
    await page.getByRole("heading", { name: "Incidents", level: 1 }).waitFor();
    await untilOfflineReady(page);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole("heading", { name: "Incidents", level: 1 }).waitFor();
    await page.getByText("No network. Incident Desk keeps working").waitFor();
    await assertAccessible(page, "the register offline");
    const url = await declareIncident(page, server.url, "Our hosting is down");
    await addNote(page, "Written with no network.");
    await page.getByText("Written with no network.").waitFor();
    await page.goto(`${url}/severity`);
    await page.getByRole("radio", { name: /^P2/ }).check();
    await page.getByRole("button", { name: "Save severity" }).click();
    await page.getByText("Severity set to P2.").first().waitFor();

    await context.setOffline(false);
    await page.goto(url);
    await page.reload();
    await page.getByText("Written with no network.").waitFor();
    await page.getByText("Severity set to P2.").first().waitFor();
    assert.equal(await page.getByText("Incident Desk keeps working").count(), 0);
  } finally {
    await context.close();
    server.stop();
  }
});

test("with the server gone, a new page at the address still opens and lists the incidents", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await declareIncident(page, server.url, "Saved before the outage");
    await untilOfflineReady(page);
    await server.stopped();

    const another = await context.newPage();
    await another.goto(server.url);
    await another.getByRole("link", { name: "Saved before the outage" }).waitFor();
    await another.getByRole("link", { name: "Saved before the outage" }).click();
    await another.getByRole("heading", { name: "Saved before the outage", level: 1 }).waitFor();
  } finally {
    await context.close();
  }
});

test("a new version is offered, waits while anything is unsaved, then loads when asked", async () => {
  const dir = mkdtempSync(join(tmpdir(), "incident-desk-update-"));
  cpSync(DIST, dir, { recursive: true });
  const server = await serveDist({ dir });
  const { context, page } = await openBrowser();
  try {
    await declareIncident(page, server.url, "Before the update");
    await untilOfflineReady(page);
    const first = await page.evaluate(() => caches.keys());

    // A new release is published: a new worker, with a new cache.
    const worker = join(dir, "sw.js");
    writeFileSync(worker, readFileSync(worker, "utf8").replace(/incident-desk-[0-9a-f]{16}/, "incident-desk-0000000000000002"));
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    const banner = page.getByRole("region", { name: "Important" });
    await banner.getByText("A new version of Incident Desk is available").waitFor();
    await assertAccessible(page, "a new version on offer");

    // Not while a change is unsaved.
    const fillers = await fillStorage(page);
    await addNote(page, "Not saved yet.");
    await page.getByRole("status").filter({ hasText: "Not saved" }).waitFor();
    await banner.getByRole("button", { name: "Use the new version" }).click();
    await banner.getByText("Some changes are not saved yet.").waitFor();
    await emptyStorage(page, fillers);
    await page.getByRole("button", { name: "Try saving again" }).click();
    await page.getByRole("status").filter({ hasText: /^Saved at/ }).waitFor();

    await Promise.all([
      page.waitForEvent("load"),
      banner.getByRole("button", { name: "Use the new version" }).click(),
    ]);
    await page.getByRole("heading", { name: "Before the update", level: 1 }).waitFor();
    await page.getByText("Not saved yet.").waitFor();
    assert.equal(await page.getByText("A new version of Incident Desk is available").count(), 0);
    const now = await page.evaluate(() => caches.keys());
    assert.deepEqual(now, ["incident-desk-0000000000000002"], `the old cache, ${first}, is deleted`);
  } finally {
    await context.close();
    server.stop();
  }
});
