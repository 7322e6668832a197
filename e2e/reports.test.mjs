// Reports for the team drive: the Markdown file downloaded and copied, and
// the report printed as a clean document.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serveDist } from "./support/server.mjs";
import { openBrowser, foreignRequests } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";
import { declareIncident } from "./support/declare.mjs";

const TITLE = "Search is down | [broken](https://evil.example)";

async function openReport(page, server) {
  await declareIncident(page, server.url, TITLE);
  await page.getByLabel("What happened?").fill("Restarted search.\n<b>not bold</b>");
  await page.getByRole("button", { name: "Add to timeline" }).click();
  await page.getByText("Restarted search.").waitFor();
  await page.getByRole("link", { name: "Read, download or print the report" }).click();
  await page.getByRole("heading", { level: 1 }).filter({ hasText: TITLE }).waitFor();
}

test("the report downloads as a Markdown file named by date and title, with people's text escaped", async () => {
  const server = await serveDist();
  const { context, page, requests, errors } = await openBrowser();
  try {
    await openReport(page, server);
    await assertAccessible(page, "the report");
    await page.getByRole("heading", { name: "Timeline (Europe/London)" }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download Markdown" }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^\d{4}-\d{2}-\d{2}-search-is-down-broken-https-evil-example\.md$/);
    const markdown = readFileSync(await download.path(), "utf8");
    assert.ok(markdown.startsWith("# " + download.suggestedFilename().slice(0, 10) + ": Search is down \\| `[broken](https://evil.example`)\n"), markdown);
    assert.match(markdown, /\n- \*\*Incident lead:\*\* Not assigned\n/);
    assert.match(markdown, /\| \d\d:\d\d \| \*\*Note\*\* \(Ada Lovelace\): Restarted search\.<br>\\<b\\>not bold\\<\/b\\> \|\n/);
    assert.deepEqual(foreignRequests(requests, server.origin), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.stop();
  }
});

test("the report's Markdown can be copied, or selected when the browser will not copy", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
    await openReport(page, server);
    await page.getByRole("button", { name: "Copy Markdown" }).click();
    await page.getByText("The Markdown is copied.").waitFor();
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^# \d{4}-\d{2}-\d{2}: Search is down/);

    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException("Denied", "NotAllowedError"));
    });
    await page.getByRole("button", { name: "Copy Markdown" }).click();
    await page.getByText("Your browser did not let Incident Desk copy it, so it is selected below.").waitFor();
    const box = page.getByRole("textbox", { name: "The report as Markdown" });
    assert.match(await box.inputValue(), /^# \d{4}-\d{2}-\d{2}: Search is down/);
    await page.waitForFunction(() => document.activeElement?.id === "report-markdown");
    await assertAccessible(page, "the report after a refused copy");
  } finally {
    await context.close();
    server.stop();
  }
});

test("the report prints as a clean document", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await openReport(page, server);
    await page.emulateMedia({ media: "print" });
    for (const hidden of [
      page.getByRole("button", { name: "Print or save as PDF" }),
      page.getByRole("link", { name: "Back to the incident" }),
      page.getByRole("link", { name: "Incident Desk" }),
      page.getByRole("contentinfo"),
    ]) {
      assert.equal(await hidden.isVisible(), false);
    }
    await page.getByRole("heading", { name: "Timeline (Europe/London)" }).waitFor();
    const row = page.getByRole("row").filter({ hasText: "Restarted search." });
    assert.equal(await row.evaluate((r) => getComputedStyle(r).breakInside), "avoid");
  } finally {
    await context.close();
    server.stop();
  }
});
