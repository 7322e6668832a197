// Two people, each in their own browser, with only a folder on disk between
// them: each sees the other's work without a reload, both keep everything
// when they change the same incident at once, a deletion sticks, every
// incident's report is kept by year, and a damaged file or a folder that
// stops taking writes is reported while nothing here is lost.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveDist } from "./support/server.mjs";
import { openBrowser, foreignRequests } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";
import { declareIncident } from "./support/declare.mjs";
import { pickFolderOnDisk } from "./support/folder.mjs";
import { openTask, backToOverview, fillReviewHeldAnHourAgo } from "./support/response.mjs";

const TITLE = "Search is down for everyone";

/** Every file in `dir`, as paths inside it. */
function files(dir, prefix = "") {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** Goes to a page without reloading the app, as following a link does. */
async function follow(page, hash) {
  await page.evaluate((hash) => (location.hash = hash), hash);
}

/** Brings the page back to the person's attention, as switching to its window does. */
async function lookAgain(page) {
  await page.evaluate(() => dispatchEvent(new Event("focus")));
}

async function joinFolder(page, url) {
  await page.goto(`${url}#/team-folder`);
  await page.getByRole("heading", { name: "Team folder", level: 1 }).waitFor();
  await page.getByRole("button", { name: "Choose the team folder" }).click();
  await page.getByText(/^Up to date at \d\d:\d\d$/).waitFor();
}

async function addNote(page, text) {
  await page.getByLabel("What happened?").fill(text);
  await page.getByRole("button", { name: "Add to timeline" }).click();
  await page.getByText(text, { exact: true }).first().waitFor();
}

/** Resolved, reviewed with no actions needed, and closed. */
async function close(page, title) {
  await openTask(page, "Decide severity");
  await page.getByRole("radio", { name: "P4" }).check();
  await page.getByRole("button", { name: "Save severity" }).click();
  await page.getByRole("heading", { name: title, level: 1 }).waitFor();
  await openTask(page, "Confirm it is resolved");
  await page.getByRole("radio", { name: "Yes", exact: true }).check();
  await page.getByLabel("What removed it?").fill("Restarted the search service.");
  await page.getByRole("button", { name: "Mark as resolved" }).click();
  await backToOverview(page, title);
  await openTask(page, "Hold the incident review");
  await fillReviewHeldAnHourAgo(page);
  await page.getByLabel("Root cause").fill("A full disk.");
  await page.getByLabel("If no actions are needed, why not?").fill("The disk is now monitored.");
  await page.getByRole("button", { name: "Save the review" }).click();
  await page.getByRole("status").filter({ hasText: /^Saved at/ }).waitFor();
  await page.getByRole("button", { name: "Mark the incident as reviewed" }).click();
  await page.getByText("The incident has been reviewed.").waitFor();
  await backToOverview(page, title);
  await openTask(page, "Close the incident");
  await page.getByRole("button", { name: "Close the incident" }).click();
  await page.getByRole("button", { name: "Yes, close the incident" }).click();
  await page.getByText("The incident is closed.").waitFor();
  await backToOverview(page, title);
}

test("two people with one folder between them see each other's work, lose nothing, and keep a report of every incident by year", async () => {
  const server = await serveDist();
  const dir = mkdtempSync(join(tmpdir(), "incident-desk-team-"));
  const ada = await openBrowser();
  const bob = await openBrowser();
  try {
    await pickFolderOnDisk(ada.context, dir);
    await pickFolderOnDisk(bob.context, dir);
    // Ada declares and joins the folder; Bob joins and finds her incident.
    const url = await declareIncident(ada.page, server.url, TITLE);
    const hash = new URL(url).hash;
    const footer = ada.page.getByRole("contentinfo");
    await footer.getByText("Incident Desk saves incidents in this browser only.").waitFor();
    await joinFolder(ada.page, server.url);
    // Where incidents go is said truthfully once the folder is in use.
    await footer.getByText(/^Incident Desk saves incidents in this browser and in the team folder “.+”\. Nothing you enter is sent anywhere else\.$/).waitFor();
    await assertAccessible(ada.page, "the team folder page");
    await joinFolder(bob.page, server.url);
    await bob.page.getByText("Someone, Ada Lovelace", { exact: true }).waitFor();
    await follow(bob.page, "#/");
    await bob.page.getByRole("link", { name: TITLE }).click();
    await bob.page.getByRole("heading", { name: TITLE, level: 1 }).waitFor();
    await bob.page.getByLabel("Your name").fill("Bob Hopper");

    // Ada adds a note: Bob sees it without a reload.
    await follow(ada.page, hash);
    await ada.page.getByRole("heading", { name: TITLE, level: 1 }).waitFor();
    await addNote(ada.page, "Restarted the search servers");
    await ada.page.getByText(/^Team folder: up to date at \d\d:\d\d/).waitFor();
    await ada.page.waitForTimeout(2500); // her round a couple of seconds after the change
    await lookAgain(bob.page);
    await bob.page.getByText("Restarted the search servers", { exact: true }).waitFor();
    await bob.page.getByText("A teammate changed this incident. Their changes came through the team folder.").waitFor();
    await bob.page.getByText(/Last changes from Ada Lovelace at \d\d:\d\d/).waitFor();

    // Both change it at once: both end up with both notes.
    await addNote(ada.page, "Ada at the same time");
    await addNote(bob.page, "Bob at the same time");
    await ada.page.waitForTimeout(2500);
    for (let round = 0; round < 2; round++) {
      await lookAgain(ada.page);
      await lookAgain(bob.page);
      await ada.page.waitForTimeout(1500);
    }
    for (const page of [ada.page, bob.page]) {
      for (const text of ["Ada at the same time", "Bob at the same time", "Restarted the search servers"]) {
        await page.getByText(text, { exact: true }).first().waitFor();
      }
    }

    // The report is in the folder under its year, and follows the incident.
    const year = String(new Date().getFullYear());
    const reports = files(dir).filter((path) => path.startsWith(`${year}/`) && path.endsWith("-search-is-down-for-everyone.md"));
    assert.equal(reports.length, 1, JSON.stringify(files(dir)));
    const report = () => readFileSync(join(dir, reports[0]), "utf8");
    await bob.page.waitForTimeout(500);
    assert.match(report(), /Bob at the same time/);
    assert.match(report(), /Ada at the same time/);

    // Bob closes and deletes it; it stays deleted for Ada.
    await close(bob.page, TITLE);
    await bob.page.getByRole("button", { name: "Delete this incident" }).click();
    await bob.page.getByRole("button", { name: "Yes, delete it" }).click();
    await bob.page.getByText("Incident deleted from this browser").waitFor();
    await bob.page.waitForTimeout(2500);
    await follow(ada.page, "#/");
    for (let round = 0; round < 2; round++) {
      await lookAgain(ada.page);
      await lookAgain(bob.page);
      await ada.page.waitForTimeout(1500);
    }
    await ada.page.getByText("No incidents have been recorded in this browser yet.").waitFor();
    assert.equal(await ada.page.getByRole("link", { name: TITLE }).count(), 0);
    assert.equal(await bob.page.getByRole("link", { name: TITLE }).count(), 0, "not brought back from Ada's file");
    assert.match(report(), /Closed/, "the record by year keeps the closed report");

    for (const who of [ada, bob]) {
      assert.deepEqual(foreignRequests(who.requests, server.origin), []);
      assert.deepEqual(who.errors, []);
    }
  } finally {
    await ada.context.close();
    await bob.context.close();
    server.stop();
  }
});

test("a damaged file in the folder is listed and changes nothing else, and a folder that stops taking writes is reported with nothing lost", async () => {
  const server = await serveDist();
  const dir = mkdtempSync(join(tmpdir(), "incident-desk-team-"));
  const { context, page, errors } = await openBrowser();
  try {
    const control = await pickFolderOnDisk(context, dir);
    await declareIncident(page, server.url, TITLE);
    await joinFolder(page, server.url);
    writeFileSync(join(dir, "incident-desk/people/someone.json"), '{"format": "incident-desk", ');
    writeFileSync(join(dir, "incident-desk/people/notes.txt"), "Not ours");
    await page.getByRole("button", { name: "Sync now" }).click();
    const damaged = page.getByRole("listitem").filter({ hasText: "incident-desk/people/someone.json" });
    await damaged.getByText(/not valid JSON/).waitFor();
    await page.getByText(/^Up to date at \d\d:\d\d$/).waitFor();
    await assertAccessible(page, "the team folder page with a damaged file");
    assert.equal(readFileSync(join(dir, "incident-desk/people/someone.json"), "utf8"), '{"format": "incident-desk", ');
    assert.equal(readFileSync(join(dir, "incident-desk/people/notes.txt"), "utf8"), "Not ours");

    // The drive stops taking writes: the page says so, and the note is kept here.
    control.readOnly = true;
    await page.getByRole("link", { name: "Incident Desk" }).click();
    await page.getByRole("link", { name: TITLE }).click();
    await addNote(page, "Written while the drive was read-only");
    await page.getByText(/^Team folder: at \d\d:\d\d, the folder could not be written/).waitFor({ timeout: 10_000 });
    const saved = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.includes("/incident/")).map(([, v]) => v).join(""));
    assert.match(saved, /Written while the drive was read-only/);
    control.readOnly = false;
    await lookAgain(page);
    await page.getByText(/^Team folder: up to date at \d\d:\d\d/).waitFor();
    const mine = files(dir).find((path) => path.startsWith("incident-desk/people/") && path !== "incident-desk/people/someone.json" && path.endsWith(".json"));
    assert.match(readFileSync(join(dir, mine), "utf8"), /Written while the drive was read-only/);

    // 320 pixels wide: nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    await follow(page, "#/team-folder");
    await page.getByRole("heading", { name: "Team folder", level: 1 }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `scrolls ${overflow} px sideways`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.stop();
  }
});

test("a browser without folder access says so once and points to export and import", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await context.addInitScript(() => delete window.showDirectoryPicker);
    await page.goto(`${server.url}#/team-folder`);
    await page.getByText(/This browser cannot use a folder on your computer/).waitFor();
    await page.getByRole("link", { name: "Import" }).waitFor();
    assert.equal(await page.getByRole("button", { name: "Choose the team folder" }).count(), 0);
    await assertAccessible(page, "the team folder page in a browser without folder access");
  } finally {
    await context.close();
    server.stop();
  }
});
