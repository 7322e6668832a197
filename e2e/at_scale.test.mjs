// Years of incidents saved by the previous version (stored format 2, with
// no index): the app lists them, moves them to the current format, shows a
// page of the register and the newest part of a long timeline, and the rest
// is a click away, with focus on the first row it reveals.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serveDist } from "./support/server.mjs";
import { openBrowser } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";
import { STORE_FORMAT } from "./support/storage.mjs";

const YEAR = new Date().getFullYear();

/** Incident `n` as format 2 stored it: the export format, one per key. */
function formatTwo(n, entries) {
  const declared = new Date(Date.UTC(YEAR, 0, 1, 9) + n * 3_600_000);
  const at = (minutes) => new Date(declared.getTime() + minutes * 60_000).toISOString().replace(".000Z", "Z");
  const stamp = declared.toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
  const id = `${stamp}-${(0xa000 + n).toString(16).padStart(16, "0")}`;
  const timeline = Array.from({ length: entries }, (_, i) => ({
    id: `0a0b0c0d0e0f-${i + 1}`,
    occurred_at: at(i),
    recorded_at: at(i),
    author: "Ada Lovelace",
    kind: i === 0 ? "declared" : "note",
    text: i === 0 ? "Incident declared." : `Note ${i}: checked the CDN logs.`,
  }));
  const incident = {
    schema_version: 2,
    id,
    details: { title: `Incident ${n}`, summary: "Pages are slow.", started_at: at(0), security_related: false },
    status: "active",
    severity: null,
    reporter: "Ada Lovelace",
    declared_at: at(0),
    roles: [],
    timeline,
    revision: entries,
    created_at: at(0),
    updated_at: at(entries),
  };
  return [`incident-desk/v1/incident/${id}`, JSON.stringify(incident)];
}

test("a register of format-2 incidents is moved to the current format and shown a page at a time", async () => {
  const server = await serveDist();
  const { context, page, errors } = await openBrowser();
  try {
    // Incident 0 is the oldest, with a long timeline; 119 is the newest.
    const data = Object.fromEntries(Array.from({ length: 120 }, (_, n) => formatTwo(n, n === 0 ? 150 : 3)));
    await page.goto(server.url);
    await page.evaluate((data) => {
      localStorage.clear();
      for (const [key, value] of Object.entries(data)) localStorage.setItem(key, value);
    }, data);
    await page.reload();

    const table = page.getByRole("table", { name: `Incidents in ${YEAR}, newest first` });
    const links = table.getByRole("link");
    await links.first().waitFor();
    assert.equal(await links.count(), 50);
    assert.equal((await links.first().innerText()).trim(), "Incident 119");
    await page.getByText("Showing the newest 50 of 120.").waitFor();
    await assertAccessible(page, "the register's first page");

    // Every incident was rewritten in the current, smaller format.
    const stored = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.includes("/incident/"))
        .map((key) => JSON.parse(localStorage.getItem(key)).schema_version),
    );
    assert.equal(stored.length, 120);
    assert.ok(stored.every((version) => version === STORE_FORMAT), `formats: ${[...new Set(stored)]}`);
    const before = Object.values(data).reduce((sum, value) => sum + value.length, 0);
    const after = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.includes("/incident/"))
        .reduce((sum, key) => sum + localStorage.getItem(key).length, 0),
    );
    assert.ok(after < before * 0.75, `${after} characters, from ${before}`);

    // The next page, by keyboard: focus lands on the first new row.
    const more = page.getByRole("button", { name: `Show 50 more incidents from ${YEAR}` });
    await more.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === "Incident 69");
    assert.equal(await links.count(), 100);
    await page.getByRole("button", { name: `Show 20 more incidents from ${YEAR}` }).click();
    assert.equal(await links.count(), 120);
    assert.equal(await page.getByRole("button", { name: /^Show \d+ more/ }).count(), 0);

    // The long timeline: the newest 100 entries, then the rest.
    await links.last().click();
    await page.getByRole("heading", { name: "Incident 0", level: 1 }).waitFor();
    const timeline = page.locator("ol.app-timeline > li");
    assert.equal(await timeline.count(), 100);
    await page.getByText("Showing the newest 100 of 150 entries.").waitFor();
    assert.equal(await page.getByText("Note 50: checked the CDN logs.", { exact: true }).count(), 1);
    assert.equal(await page.getByText("Note 49: checked the CDN logs.", { exact: true }).count(), 0);
    await assertAccessible(page, "a long timeline");
    await page.getByRole("button", { name: "Show earlier entries (50)" }).click();
    await page.waitForFunction(() => document.activeElement?.textContent?.includes("Note 49: checked the CDN logs."));
    assert.equal(await timeline.count(), 150);

    // A note added now joins the list without hiding the earlier entries.
    await page.getByLabel("Your name").fill("Grace Hopper");
    await page.getByLabel("What happened?").fill("Rolled back the CDN change.");
    await page.getByRole("button", { name: "Add to timeline" }).click();
    await page.getByText("Rolled back the CDN change.", { exact: true }).waitFor();
    assert.equal(await timeline.count(), 151);
    await page.reload();
    await page.getByText("Rolled back the CDN change.", { exact: true }).waitFor();
    assert.equal(await timeline.count(), 100);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.stop();
  }
});
