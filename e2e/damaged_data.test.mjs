// Saved data that cannot be read is reported in plain words and shown, so
// nobody loses it; links to pages that do not exist say so.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serveDist } from "./support/server.mjs";
import { openBrowser, foreignRequests } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";

const ID = "20260101-0000-00000000000000aa";

test("a damaged incident is reported, its saved text shown and kept", async () => {
  const server = await serveDist();
  const { context, page, requests } = await openBrowser();
  try {
    await page.goto(server.url);
    await page.getByRole("heading", { name: "Incidents", level: 1 }).waitFor();
    await page.evaluate((id) => localStorage.setItem(`incident-desk/v1/incident/${id}`, '{"title": "half a sav'), ID);

    await page.reload();
    const banner = page.getByRole("region", { name: "Important" });
    await banner.getByText("Some saved incidents cannot be read.").waitFor();
    await assertAccessible(page, "the register with a damaged incident");
    await banner.getByRole("link", { name: `Incident ${ID}` }).click();

    await page.getByRole("heading", { name: "This incident cannot be read", level: 1 }).waitFor();
    await page.getByText("Show the saved data").click();
    await page.getByText('{"title": "half a sav').waitFor();
    await assertAccessible(page, "the damaged incident page");
    const kept = await page.evaluate((id) => localStorage.getItem(`incident-desk/v1/incident/${id}`), ID);
    assert.equal(kept, '{"title": "half a sav');

    await page.goto(`${server.url}#/no-such-page`);
    await page.getByRole("heading", { name: "Page not found", level: 1 }).waitFor();
    await assertAccessible(page, "the not found page");
    assert.deepEqual(foreignRequests(requests, server.origin), []);
  } finally {
    await context.close();
    server.stop();
  }
});
