// Importing: a teammate's copy of the same incident, made in another
// browser, merges with this one and loses no entry; a bad file changes nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveDist } from "./support/server.mjs";
import { openBrowser, foreignRequests } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";
import { declareIncident } from "./support/declare.mjs";

const TITLE = "Shared incident";

async function addNote(page, text) {
  await page.getByLabel("What happened?").fill(text);
  await page.getByRole("button", { name: "Add to timeline" }).click();
  await page.getByText(text, { exact: true }).waitFor();
}

/** Exports everything, saving the file under the name the app gave it. */
async function exportEverything(page, url) {
  await page.goto(url);
  await page.getByRole("heading", { name: "Incidents", level: 1 }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export everything" }).click(),
  ]);
  const path = join(mkdtempSync(join(tmpdir(), "incident-desk-export-")), download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

async function chooseFile(page, url, path) {
  await page.goto(`${url}#/import`);
  await page.getByRole("heading", { name: "Import incidents", level: 1 }).waitFor();
  await page.getByLabel("Choose a file, or drop it here").setInputFiles(path);
}

test("a teammate's copy of an incident merges with this one, keeping every entry", async () => {
  const server = await serveDist();
  const ada = await openBrowser();
  const grace = await openBrowser();
  try {
    // Ada declares and exports.
    const incidentUrl = await declareIncident(ada.page, server.url, TITLE);
    await addNote(ada.page, "From Ada");
    const adasFile = await exportEverything(ada.page, server.url);

    // Grace, in her own browser, imports Ada's file and adds to the incident.
    await chooseFile(grace.page, server.url, adasFile);
    await grace.page.getByRole("heading", { name: "New incidents (1)" }).waitFor();
    await assertAccessible(grace.page, "the import preview");
    await grace.page.getByRole("button", { name: "Import 1 incident" }).click();
    await grace.page.getByRole("alert").filter({ hasText: "Success" }).getByText("1 incident imported").waitFor();
    await grace.page.goto(incidentUrl.replace(/^.*#/, `${server.url}#`));
    await grace.page.getByRole("heading", { name: TITLE, level: 1 }).waitFor();
    await grace.page.getByLabel("Your name").fill("Grace Hopper");
    await addNote(grace.page, "From Grace");
    const gracesFile = await exportEverything(grace.page, server.url);

    // Meanwhile Ada carried on; now she imports Grace's copy.
    await ada.page.goto(incidentUrl);
    await addNote(ada.page, "Ada again");
    await chooseFile(ada.page, server.url, gracesFile);
    await ada.page.getByRole("heading", { name: "Changed in both (1)" }).waitFor();
    const [backup] = await Promise.all([
      ada.page.waitForEvent("download"),
      ada.page.getByRole("button", { name: "Download a backup" }).click(),
    ]);
    assert.match(backup.suggestedFilename(), /^incident-desk-export-/);
    await ada.page.getByRole("button", { name: "Import 1 incident" }).click();
    await ada.page.getByText("1 incident imported").waitFor();

    await ada.page.goto(incidentUrl);
    const timeline = ada.page.getByRole("list").filter({ hasText: "Incident declared." });
    for (const text of ["From Ada", "Ada again", "From Grace"]) {
      await timeline.getByText(text, { exact: true }).waitFor();
    }
    await timeline.getByText(/^Merged with a copy from “incident-desk-export-\d{4}-\d{2}-\d{2}\.json”\.$/).waitFor();
    // Importing the same file again changes nothing, and adds no note.
    await chooseFile(ada.page, server.url, gracesFile);
    await ada.page.getByRole("heading", { name: "Older copies, with nothing new (1)" }).waitFor();
    await ada.page.getByText("There is nothing to import.").waitFor();
    assert.deepEqual(foreignRequests(ada.requests, server.origin), []);
    assert.deepEqual(ada.errors, []);
  } finally {
    await ada.context.close();
    await grace.context.close();
    server.stop();
  }
});

test("a malformed file or one from a newer version is refused, with where the problems are, and changes nothing", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  const folder = mkdtempSync(join(tmpdir(), "incident-desk-import-"));
  try {
    await declareIncident(page, server.url, TITLE);
    const before = await page.evaluate(() => JSON.stringify({ ...localStorage }));

    const broken = join(folder, "broken.json");
    writeFileSync(broken, JSON.stringify({ format: "incident-desk", schema_version: 2, app_version: "0.1.0", incidents: [{ id: "x" }] }));
    await chooseFile(page, server.url, broken);
    const summary = page.getByRole("alert").filter({ hasText: "The file cannot be imported" });
    await summary.getByText("$.exported_at: This field is missing.").waitFor();
    await summary.getByText(/^\$\.incidents\[0\]: Missing field “schema_version”/).waitFor();
    await page.getByText("Nothing has been imported.", { exact: false }).waitFor();
    await assertAccessible(page, "the import page with errors");

    const newer = join(folder, "newer.json");
    writeFileSync(newer, JSON.stringify({ format: "incident-desk", schema_version: 9, incidents: [] }));
    await chooseFile(page, server.url, newer);
    await page.getByText("$.schema_version: This file was exported by a newer version of Incident Desk (format 9).", { exact: false }).waitFor();

    const notJson = join(folder, "notes.txt");
    writeFileSync(notJson, "Just some notes");
    await chooseFile(page, server.url, notJson);
    await page.getByText(/^\$: The file is not valid JSON/).waitFor();

    assert.equal(await page.evaluate(() => JSON.stringify({ ...localStorage })), before, "nothing changed");
  } finally {
    await context.close();
    server.stop();
  }
});

test("a file whose incident only shares an id with one here never changes it, and can be kept apart under a new id, once however often Import is clicked", async () => {
  const server = await serveDist();
  const { context, page, errors } = await openBrowser();
  const folder = mkdtempSync(join(tmpdir(), "incident-desk-import-"));
  try {
    // A fresh browser finds the import page from the empty register.
    await page.goto(server.url);
    await page.getByRole("link", { name: "Import an export file" }).click();
    await page.getByRole("heading", { name: "Import incidents", level: 1 }).waitFor();

    const incidentUrl = await declareIncident(page, server.url, TITLE);
    const file = await exportEverything(page, server.url);
    // Someone else's incident, under the same id: another person declared it at another time.
    const other = JSON.parse(readFileSync(file, "utf8"));
    const theirs = other.incidents[0];
    theirs.details.title = "Someone else's incident";
    theirs.reporter = "Mallory";
    theirs.declared_at = "2026-01-02T03:04:05Z";
    theirs.timeline[0].author = "Mallory";
    theirs.status = "active";
    const forged = join(folder, "forged.json");
    writeFileSync(forged, JSON.stringify(other));

    await chooseFile(page, server.url, forged);
    await page.getByRole("heading", { name: "A different incident with the same id (1)" }).waitFor();
    await page.getByText("There is nothing to import.").waitFor();
    await assertAccessible(page, "the import preview with a different incident");
    await page.getByRole("radio", { name: "Import it as a separate incident, with a new id" }).check();
    await page.getByRole("button", { name: "Import 1 incident" }).dblclick();
    await page.getByText("1 incident imported").waitFor();

    const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("/incident/")));
    assert.equal(stored.length, 2, "ours, and theirs under a new id, once");
    await page.goto(server.url);
    await page.getByRole("link", { name: "Someone else's incident" }).waitFor();
    await page.goto(incidentUrl);
    await page.getByRole("heading", { name: TITLE, level: 1 }).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.stop();
  }
});
