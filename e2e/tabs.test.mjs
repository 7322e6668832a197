// Two tabs on one incident never lose each other's work: not when they save
// in the same moment, not when one retries a failed save after the other
// saved, and not while the person is typing. Double clicks do nothing twice.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serveDist } from "./support/server.mjs";
import { openBrowser } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";
import { declareIncident } from "./support/declare.mjs";
import { fillStorage, emptyStorage, addNote, savedNotes } from "./support/storage.mjs";

/** A second tab on the same browser, showing the incident at `url`. */
async function secondTab(context, url, title) {
  const tab = await context.newPage();
  await tab.goto(url);
  await tab.getByRole("heading", { name: title, level: 1 }).waitFor();
  return tab;
}

const idOf = (url) => url.split("/").pop();

test("two tabs adding to the same incident both keep their entries, and each hears of the other's", async () => {
  const server = await serveDist();
  const { context, page: tabA } = await openBrowser();
  try {
    const url = await declareIncident(tabA, server.url, "Two tabs at once");
    const tabB = await secondTab(context, url, "Two tabs at once");
    await addNote(tabA, "Noted in tab A.");
    await tabA.getByText("Noted in tab A.").waitFor();
    await addNote(tabB, "Noted in tab B.");
    await tabB.getByText("Noted in tab A.").waitFor();
    await tabA.getByText("Noted in tab B.").waitFor();
    await tabA.reload();
    await tabA.getByText("Noted in tab B.").waitFor();
  } finally {
    await context.close();
    server.stop();
  }
});

test("two tabs saving in the same moment both keep their notes", async () => {
  const server = await serveDist();
  const { context, page: tabA } = await openBrowser();
  try {
    const url = await declareIncident(tabA, server.url, "Same moment");
    const tabB = await secondTab(context, url, "Same moment");
    for (let round = 1; round <= 3; round++) {
      await tabA.getByLabel("What happened?").fill(`A, round ${round}`);
      await tabB.getByLabel("What happened?").fill(`B, round ${round}`);
      const add = (tab) => tab.getByRole("button", { name: "Add to timeline" }).click();
      await Promise.all([add(tabA), add(tabB)]);
      for (const tab of [tabA, tabB]) {
        await tab.getByText(`A, round ${round}`).waitFor();
        await tab.getByText(`B, round ${round}`).waitFor();
      }
    }
    const notes = await savedNotes(tabA, idOf(url));
    for (let round = 1; round <= 3; round++) {
      assert.ok(notes.includes(`A, round ${round}`), JSON.stringify(notes));
      assert.ok(notes.includes(`B, round ${round}`), JSON.stringify(notes));
    }
  } finally {
    await context.close();
    server.stop();
  }
});

test("a tab retrying a failed save after another tab saved keeps the other tab's note", async () => {
  const server = await serveDist();
  const { context, page: tab1 } = await openBrowser();
  try {
    const url = await declareIncident(tab1, server.url, "Retry after another save");
    const tab2 = await secondTab(context, url, "Retry after another save");
    const fillers = await fillStorage(tab1);
    await addNote(tab1, "Tab 1, while storage was full.");
    await tab1.getByRole("status").filter({ hasText: "Not saved" }).waitFor();

    await emptyStorage(tab1, fillers);
    await addNote(tab2, "Tab 2, once there was room.");
    await tab2.getByRole("status").filter({ hasText: /^Saved at/ }).waitFor();

    await tab1.getByRole("button", { name: "Try saving again" }).click();
    await tab1.getByRole("status").filter({ hasText: /^Saved at/ }).waitFor();
    await addNote(tab1, "Tab 1, after the retry.");
    await tab1.getByText("Tab 1, after the retry.").waitFor();
    await tab1.getByRole("status").filter({ hasText: /^Saved at/ }).waitFor();

    const notes = await savedNotes(tab1, idOf(url));
    for (const note of ["Tab 1, while storage was full.", "Tab 2, once there was room.", "Tab 1, after the retry."]) {
      assert.ok(notes.includes(note), `${note} in ${JSON.stringify(notes)}`);
    }
    for (const tab of [tab1, tab2]) {
      await tab.reload();
      await tab.getByText("Tab 2, once there was room.").waitFor();
      await tab.getByText("Tab 1, after the retry.").waitFor();
    }
  } finally {
    await context.close();
    server.stop();
  }
});

test("a change that no longer fits another tab's version shows both, and keeping both loses nothing", async () => {
  const server = await serveDist();
  const { context, page: tab1 } = await openBrowser();
  try {
    const url = await declareIncident(tab1, server.url, "Both changed the status");
    await tab1.goto(`${url}/tackle`);
    await tab1.getByRole("heading", { name: "Tackle it and keep people updated", level: 1 }).waitFor();
    const tab2 = await context.newPage();
    await tab2.goto(`${url}/tackle`);
    await tab2.getByRole("heading", { name: "Tackle it and keep people updated", level: 1 }).waitFor();

    const fillers = await fillStorage(tab1);
    await tab1.getByRole("radio", { name: "Mitigated" }).check();
    await tab1.getByRole("button", { name: "Change status" }).click();
    await tab1.getByRole("status").filter({ hasText: "Not saved" }).waitFor();
    await emptyStorage(tab1, fillers);
    await tab2.getByRole("radio", { name: "Mitigated" }).check();
    await tab2.getByRole("button", { name: "Change status" }).click();
    await tab2.getByRole("status").filter({ hasText: /^Saved at/ }).waitFor();

    await tab1.getByRole("button", { name: "Try saving again" }).click();
    await tab1.getByRole("heading", { name: "Choose which version to keep" }).waitFor();
    await tab1.getByText("Your version", { exact: true }).click();
    await tab1.getByText("The saved version", { exact: true }).click();
    await assertAccessible(tab1, "both versions, to choose between");
    await tab1.getByRole("button", { name: "Keep both" }).click();
    await tab1.getByRole("status").filter({ hasText: /^Saved at/ }).waitFor();
    assert.equal(await tab1.getByRole("heading", { name: "Choose which version to keep" }).count(), 0);
    const notes = await savedNotes(tab1, idOf(url));
    assert.equal(notes.filter((text) => text.startsWith("Status changed from Active to Mitigated")).length, 2, JSON.stringify(notes));
  } finally {
    await context.close();
    server.stop();
  }
});

test("what a person is typing stays when another tab saves, and the page says the incident changed", async () => {
  const server = await serveDist();
  const { context, page: tabA } = await openBrowser();
  try {
    const url = await declareIncident(tabA, server.url, "Typing meanwhile");
    await addNote(tabA, "A note to edit.");
    await tabA.getByText("A note to edit.").waitFor();
    await tabA.getByRole("button", { name: "Edit entry 2" }).click();
    await tabA.getByLabel("Edit entry 2").fill("Half-way through rewording");
    await tabA.getByLabel("What happened?").fill("A draft not yet added");

    const tabB = await secondTab(context, url, "Typing meanwhile");
    await addNote(tabB, "Added in the other tab.");
    await tabA.getByText("Added in the other tab.").waitFor();
    await tabA.getByText("This incident was changed in another tab or window.").waitFor();
    assert.equal(await tabA.getByLabel("Edit entry 2").inputValue(), "Half-way through rewording");
    assert.equal(await tabA.getByLabel("What happened?").inputValue(), "A draft not yet added");
    await assertAccessible(tabA, "an incident changed in another tab");
  } finally {
    await context.close();
    server.stop();
  }
});

test("a double click adds one note and declares one incident", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await page.goto(`${server.url}#/incidents/new`);
    await page.getByLabel("Your name").fill("Ada Lovelace");
    await page.getByLabel("Title").fill("Declared by a double click");
    await page.getByLabel("Summary").fill("Clicked twice.");
    await page.getByRole("radio", { name: "No", exact: true }).check();
    await page.getByRole("button", { name: "Declare incident" }).dblclick();
    await page.getByRole("heading", { name: "Declared by a double click", level: 1 }).waitFor();
    const url = page.url();

    await page.getByLabel("What happened?").fill("Added by a double click.");
    await page.getByRole("button", { name: "Add to timeline" }).dblclick();
    await page.getByText("Added by a double click.").waitFor();
    await page.waitForTimeout(300);
    assert.equal(await page.getByRole("alert").filter({ hasText: "There is a problem" }).count(), 0);
    assert.equal((await savedNotes(page, idOf(url))).filter((t) => t === "Added by a double click.").length, 1);

    await page.getByRole("link", { name: "Incident Desk" }).click();
    await page.getByRole("heading", { name: "Incidents", level: 1 }).waitFor();
    assert.equal(await page.getByRole("link", { name: "Declared by a double click" }).count(), 1);
  } finally {
    await context.close();
    server.stop();
  }
});

test("without Web Locks the page says once that tabs cannot be coordinated, and still saves", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, "locks", { get: () => undefined });
    });
    const url = await declareIncident(page, server.url, "No locks here");
    await addNote(page, "Saved without a lock.");
    await page.getByRole("status").filter({ hasText: /^Saved at/ }).waitFor();
    const warning = page.getByText("This browser cannot stop two tabs saving over each other.");
    await warning.waitFor();
    await addNote(page, "And again.");
    await page.getByText("And again.").waitFor();
    assert.equal(await warning.count(), 1);
    assert.ok((await savedNotes(page, idOf(url))).includes("And again."));
  } finally {
    await context.close();
    server.stop();
  }
});
