// A full storage quota loses nothing: changes stay on the page and save
// once there is room. (Two tabs at once: tabs.test.mjs.)
import { test } from "node:test";
import { serveDist } from "./support/server.mjs";
import { openBrowser } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";
import { declareIncident } from "./support/declare.mjs";
import { fillStorage, emptyStorage, addNote } from "./support/storage.mjs";

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
