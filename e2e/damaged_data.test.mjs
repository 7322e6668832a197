// Saved data that cannot be read, or was tampered with, is reported in plain
// words, shown, and kept: never saved over, never hiding what can be read,
// and deleted only when the person asks. Links to pages that do not exist
// say so.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serveDist } from "./support/server.mjs";
import { openBrowser, foreignRequests } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";
import { declareIncident } from "./support/declare.mjs";

const PREFIX = "incident-desk/v1/incident/";
const DAMAGED = "20260101-0000-00000000000000aa";
const ODD_KEY = `${PREFIX}not an id!`;

const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);

test("damaged and tampered incidents are reported, kept, downloadable, and deleted only when asked", async () => {
  const server = await serveDist();
  const { context, page, requests, errors } = await openBrowser();
  try {
    await declareIncident(page, server.url, "The real incident");
    const realId = page.url().split("/").pop();
    const real = await stored(page, PREFIX + realId);
    // A half-written value, a key that is not an id, and a copy of the real
    // incident under another incident's key.
    const tamperedId = "20260101-0000-00000000000000bb";
    await page.evaluate(
      ([prefix, damaged, odd, tampered, copy]) => {
        localStorage.setItem(prefix + damaged, '{"title": "half a sav');
        localStorage.setItem(odd, "left by something else");
        localStorage.setItem(prefix + tampered, copy);
      },
      [PREFIX, DAMAGED, ODD_KEY, tamperedId, real],
    );

    await page.goto(server.url);
    await page.reload();
    const banner = page.getByRole("region", { name: "Important" });
    await banner.getByText("3 saved values cannot be read.").waitFor();
    await page.getByRole("link", { name: "The real incident" }).waitFor();
    await assertAccessible(page, "the register with damaged values");

    // The tampered key opens as damaged, not as the incident it copies, so
    // nothing can be saved over the real one.
    await page.goto(`${server.url}#/incidents/${tamperedId}`);
    await page.getByRole("heading", { name: "This incident cannot be read", level: 1 }).waitFor();
    await page.getByText(/belongs under another key/).waitFor();
    assert.equal(await stored(page, PREFIX + realId), real);

    await page.goto(`${server.url}#/incidents/${DAMAGED}`);
    await page.getByRole("heading", { name: "This incident cannot be read", level: 1 }).waitFor();
    await page.getByText("Show the saved data").click();
    await page.getByText('{"title": "half a sav').waitFor();
    await assertAccessible(page, "the damaged incident page");
    await page.getByRole("link", { name: "Recover data" }).click();

    await page.getByRole("heading", { name: "Recover data", level: 1 }).waitFor();
    for (const key of [PREFIX + DAMAGED, PREFIX + tamperedId, ODD_KEY]) {
      await page.getByText(key, { exact: true }).waitFor();
    }
    await page.getByText(/its name is not an incident id/).waitFor();
    await assertAccessible(page, "the recover data page");

    // Each value downloads exactly as stored.
    const section = (n) => page.getByRole("button", { name: `Download saved value ${n}` });
    const [download] = await Promise.all([page.waitForEvent("download"), section(1).click()]);
    assert.equal(readFileSync(await download.path(), "utf8"), '{"title": "half a sav');

    // Deleting asks first; cancelling keeps it.
    await page.getByRole("button", { name: "Delete saved value 3" }).click();
    await page.getByText("Deleting removes it from this browser for good.").waitFor();
    await assertAccessible(page, "the recover data page asking to confirm");
    await page.getByRole("button", { name: "Cancel" }).click();
    assert.equal(await stored(page, ODD_KEY), "left by something else");
    await page.getByRole("button", { name: "Delete saved value 3" }).click();
    await page.getByRole("button", { name: "Yes, delete saved value 3" }).click();
    await page.getByText(`Deleted “${ODD_KEY}”.`).waitFor();
    assert.equal(await stored(page, ODD_KEY), null);
    assert.equal(await stored(page, PREFIX + DAMAGED), '{"title": "half a sav');
    assert.equal(await stored(page, PREFIX + realId), real);

    await page.goto(`${server.url}#/no-such-page`);
    await page.getByRole("heading", { name: "Page not found", level: 1 }).waitFor();
    await assertAccessible(page, "the not found page");
    assert.deepEqual(foreignRequests(requests, server.origin), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.stop();
  }
});

test("a list of incidents from a newer version is left alone, and the incidents are still listed", async () => {
  const server = await serveDist();
  const { context, page, errors } = await openBrowser();
  try {
    await declareIncident(page, server.url, "Listed from its own key");
    const newer = '{"schema_version":99,"incidents":[]}';
    await page.evaluate((text) => localStorage.setItem("incident-desk/v1/index", text), newer);
    await page.goto(server.url);
    await page.reload();
    await page.getByText("The list of incidents was saved by a newer version of Incident Desk.").waitFor();
    await page.getByRole("link", { name: "Listed from its own key" }).waitFor();
    await assertAccessible(page, "the register beside a newer index");
    assert.equal(await stored(page, "incident-desk/v1/index"), newer);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.stop();
  }
});
