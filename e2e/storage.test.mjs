// Storage a team can trust: how full it is, with advice before it fills;
// whether the browser agreed to keep it; working on when the browser keeps
// nothing; and deleting what is finished to make room.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serveDist } from "./support/server.mjs";
import { openBrowser, foreignRequests } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";
import { declareIncident } from "./support/declare.mjs";
import { addNote } from "./support/storage.mjs";

const QUOTA = 5_242_880;

/** Fills storage to about `percent` of the quota with one filler value. */
async function fillTo(page, percent) {
  await page.evaluate(([quota, percent]) => {
    localStorage.removeItem("filler");
    let used = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      used += key.length + localStorage.getItem(key).length;
    }
    localStorage.setItem("filler", "x".repeat(Math.floor((quota * percent) / 100) - used - 6));
  }, [QUOTA, percent]);
}

test("the register and settings say how full storage is, and warn at 60% and 80%", async () => {
  const server = await serveDist();
  const { context, page, requests } = await openBrowser();
  try {
    await declareIncident(page, server.url, "Filling up");
    await page.goto(server.url);
    await page.getByText(/^Incident Desk is using [\d.,]+ (thousand )?of about 5\.2 million characters \(0%\) of this browser’s storage\.$/).waitFor();
    await page.getByText(/This browser (has agreed to keep|may clear) Incident Desk’s data/).waitFor();

    await fillTo(page, 65);
    await page.reload();
    await page.getByText("Storage is 65% full. Export your incidents, then delete closed incidents you no longer need.").waitFor();
    await assertAccessible(page, "the register with storage filling up");

    await fillTo(page, 85);
    await page.goto(`${server.url}#/settings`);
    await page.getByText(/Storage is 85% full, and changes will soon fail to save\./).waitFor();
    await assertAccessible(page, "settings with storage nearly full");
    assert.deepEqual(foreignRequests(requests, server.origin), []);
  } finally {
    await context.close();
    server.stop();
  }
});

test("when the browser keeps nothing, the app works in this tab, says so, and exports", async () => {
  const server = await serveDist();
  const { context, page, errors } = await openBrowser();
  try {
    await context.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("Access is denied for this document.", "SecurityError");
        },
      });
    });
    await declareIncident(page, server.url, "Nowhere to keep it");
    const banner = page.getByRole("region", { name: "Important" });
    await banner.getByText("Nothing you enter will be kept after you close this tab").waitFor();
    await addNote(page, "Still working in memory.");
    await page.getByText("Still working in memory.").waitFor();
    await page.getByRole("status").filter({ hasText: /^Saved at/ }).waitFor();
    await assertAccessible(page, "an incident kept in this tab only");
    // Saved, but only in this tab: leaving would lose it, so the page asks.
    const asksBeforeLeaving = () =>
      page.evaluate(() => {
        const leaving = new Event("beforeunload", { cancelable: true });
        dispatchEvent(leaving);
        return leaving.defaultPrevented;
      });
    assert.equal(await asksBeforeLeaving(), true, "work not exported yet");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      banner.getByRole("button", { name: "Export everything" }).click(),
    ]);
    const exported = JSON.parse(readFileSync(await download.path(), "utf8"));
    assert.equal(exported.incidents.length, 1);
    assert.ok(exported.incidents[0].timeline.some((entry) => entry.text === "Still working in memory."));
    assert.equal(await asksBeforeLeaving(), false, "everything is in the file");
    // Moving between pages keeps everything for as long as the tab is open.
    await page.getByRole("link", { name: "Incident Desk" }).click();
    await page.getByRole("link", { name: "Nowhere to keep it" }).waitFor();
    assert.deepEqual(errors.filter((e) => !e.includes("SecurityError")), []);
  } finally {
    await context.close();
    server.stop();
  }
});

test("a record that is finished with can be deleted, after a warning, to free space", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await page.goto(`${server.url}#/triage/not-an-incident?signals=&urgency=can-wait`);
    await page.getByLabel("Your name").fill("Ada Lovelace");
    await page.getByLabel("Title").fill("Slow search");
    await page.getByLabel("What did you see?").fill("Search took 3 seconds.");
    await page.getByLabel("Why is it not an incident?").fill("Slow, not broken.");
    await page.getByRole("button", { name: "Save the record" }).click();
    await page.getByRole("heading", { name: "Slow search", level: 1 }).waitFor();
    const id = page.url().split("/").pop();

    await page.getByRole("button", { name: "Delete this incident" }).click();
    await page.getByText("This deletes the incident from this browser for good.").waitFor();
    await assertAccessible(page, "deleting a record, asked to confirm");
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("button", { name: "Delete this incident" }).click();
    await page.getByRole("button", { name: "Yes, delete it" }).click();
    await page.getByText("Incident deleted from this browser").waitFor();
    await page.getByRole("heading", { name: "Incidents", level: 1 }).waitFor();
    assert.equal(await page.getByRole("link", { name: "Slow search" }).count(), 0);
    assert.equal(await page.evaluate((id) => localStorage.getItem(`incident-desk/v1/incident/${id}`), id), null);
  } finally {
    await context.close();
    server.stop();
  }
});
