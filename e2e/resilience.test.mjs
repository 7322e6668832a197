// Bad conditions lose nothing: a full storage quota, and two tabs editing the
// same incident at once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serveDist } from "./support/server.mjs";
import { openBrowser } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";
import { declareIncident } from "./support/declare.mjs";

/** Fills this origin's localStorage until the browser refuses more. */
async function fillStorage(page) {
  const keys = await page.evaluate(() => {
    const keys = [];
    for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 8, 1 << 4]) {
      const chunk = "x".repeat(size);
      for (;;) {
        const key = `filler/${keys.length}`;
        try {
          localStorage.setItem(key, chunk);
          keys.push(key);
        } catch {
          break;
        }
      }
    }
    return keys;
  });
  assert.ok(keys.length > 0, "storage never filled up");
  return keys;
}

async function emptyStorage(page, keys) {
  await page.evaluate((keys) => keys.forEach((key) => localStorage.removeItem(key)), keys);
}

async function addNote(page, text) {
  await page.getByLabel("What happened?").fill(text);
  await page.getByRole("button", { name: "Add to timeline" }).click();
}

test("a change made while storage is full is kept on the page and saves once there is room", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    const incidentUrl = await declareIncident(page, server.url, "Storage fills up");
    const fillers = await fillStorage(page);

    await addNote(page, "Written while storage was full.");
    const status = page.getByRole("status");
    await status.filter({ hasText: "Not saved: This browser’s storage for Incident Desk is full" }).waitFor();
    await page.getByText("Written while storage was full.").waitFor();
    await assertAccessible(page, "the incident page with an unsaved change");

    // Moving to another page and back keeps the unsaved change.
    await page.getByRole("link", { name: "Incident Desk" }).click();
    await page.getByRole("heading", { name: "Incidents", level: 1 }).waitFor();
    await page.goBack();
    await page.getByText("Written while storage was full.").waitFor();
    await status.filter({ hasText: "Not saved" }).waitFor();

    await emptyStorage(page, fillers);
    await page.getByRole("button", { name: "Try saving again" }).click();
    await status.filter({ hasText: /^Saved at/ }).waitFor();

    await page.goto(incidentUrl);
    await page.reload();
    await page.getByText("Written while storage was full.").waitFor();
  } finally {
    await context.close();
    server.stop();
  }
});

test("an incident declared while storage is full can still be worked on, and saves once there is room", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await page.goto(server.url);
    await page.getByRole("heading", { name: "Incidents", level: 1 }).waitFor();
    const fillers = await fillStorage(page);
    await declareIncident(page, server.url, "Declared on a full disk");
    const status = page.getByRole("status");
    await status.filter({ hasText: "Not saved: This browser’s storage for Incident Desk is full" }).waitFor();
    await addNote(page, "Still recording while unsaved.");
    await page.getByText("Still recording while unsaved.").waitFor();

    // The register lists it, marked as not saved.
    await page.getByRole("link", { name: "Incident Desk" }).click();
    const row = page.getByRole("row").filter({ hasText: "Declared on a full disk" });
    await row.getByText("Not saved", { exact: true }).waitFor();
    await assertAccessible(page, "the register with an unsaved incident");
    await row.getByRole("link", { name: "Declared on a full disk" }).click();
    await page.getByText("Still recording while unsaved.").waitFor();

    await emptyStorage(page, fillers);
    await page.getByRole("button", { name: "Try saving again" }).click();
    await status.filter({ hasText: /^Saved at/ }).waitFor();
    await page.reload();
    await page.getByText("Still recording while unsaved.").waitFor();
  } finally {
    await context.close();
    server.stop();
  }
});

test("two tabs adding to the same incident both keep their entries", async () => {
  const server = await serveDist();
  const { context, page: tabA } = await openBrowser();
  try {
    const incidentUrl = await declareIncident(tabA, server.url, "Two tabs at once");
    const tabB = await context.newPage();
    await tabB.goto(incidentUrl);
    await tabB.getByRole("heading", { name: "Two tabs at once", level: 1 }).waitFor();

    await addNote(tabA, "Noted in tab A.");
    await tabA.getByText("Noted in tab A.").waitFor();
    // Tab B still shows what it loaded (or has just been told of tab A's save).
    await addNote(tabB, "Noted in tab B.");
    await tabB.getByText("Noted in tab B.").waitFor();
    await tabB.getByText("Noted in tab A.").waitFor();
    // Tab A hears of tab B's save without a reload.
    await tabA.getByText("Noted in tab B.").waitFor();

    await tabA.reload();
    await tabA.getByText("Noted in tab A.").waitFor();
    await tabA.getByText("Noted in tab B.").waitFor();
  } finally {
    await context.close();
    server.stop();
  }
});

test("a not-an-incident record made while storage is full is kept and saves once there is room", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await page.goto(`${server.url}#/triage/not-an-incident?signals=&urgency=can-wait`);
    await page.getByRole("heading", { name: "Record it as not an incident", level: 1 }).waitFor();
    const fillers = await fillStorage(page);
    await page.getByLabel("Your name").fill("Ada Lovelace");
    await page.getByLabel("Title").fill("Slow search");
    await page.getByLabel("What did you see?").fill("Search took 3 seconds.");
    await page.getByLabel("Why is it not an incident?").fill("Slow, not broken.");
    await page.getByRole("button", { name: "Save the record" }).click();
    await page.getByRole("heading", { name: "Slow search", level: 1 }).waitFor();
    const status = page.getByRole("status");
    await status.filter({ hasText: "Not saved: This browser’s storage for Incident Desk is full" }).waitFor();
    await assertAccessible(page, "an unsaved not-an-incident record");

    await page.getByRole("link", { name: "Incident Desk" }).click();
    const listed = page.getByRole("listitem").filter({ hasText: "Slow search" });
    await listed.getByText("Not saved", { exact: true }).waitFor();
    await listed.getByRole("link", { name: "Slow search" }).click();

    await emptyStorage(page, fillers);
    await page.getByRole("button", { name: "Try saving again" }).click();
    await status.filter({ hasText: /^Saved at/ }).waitFor();
    await page.reload();
    await page.getByText("Slow, not broken.").first().waitFor();
  } finally {
    await context.close();
    server.stop();
  }
});
