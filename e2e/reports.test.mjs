// Reports for the team drive: copied into a document with its formatting,
// downloaded as a document and as Markdown, and printed as a clean page.
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
    await page.getByRole("heading", { name: "Timeline", exact: true }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download Markdown" }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^\d{4}-\d{2}-\d{2}-search-is-down-broken-https-evil-example\.md$/);
    const markdown = readFileSync(await download.path(), "utf8");
    assert.ok(markdown.startsWith("# " + download.suggestedFilename().slice(0, 10) + ": Search is down \\| `[broken](https://evil.example`)\n"), markdown);
    assert.match(markdown, /\n- \*\*Incident lead:\*\* Not assigned\n/);
    assert.match(markdown, /\| \d{1,2} \w+ \d{4} \d\d:\d\d \| \*\*Note\*\* \(Ada Lovelace\): Restarted search\. <br>\\<b\\>not bold\\<\/b\\> \|\n/);
    assert.deepEqual(foreignRequests(requests, server.origin), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.stop();
  }
});

/** The clipboard's first item: its types, its text, and what its HTML
 * holds read back by the browser's own parser. */
async function readClipboard(page) {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const text = await (await item.getType("text/plain")).text();
    if (!item.types.includes("text/html")) return { types: item.types, text };
    const html = await (await item.getType("text/html")).text();
    const doc = new DOMParser().parseFromString(html, "text/html");
    const texts = (selector) => [...doc.querySelectorAll(selector)].map((e) => e.textContent.replace(/\s+/g, " ").trim());
    return {
      types: item.types,
      text,
      headings: texts("h1, h2, h3"),
      cells: texts("td"),
      foreign: [...doc.querySelectorAll("script, img, b, iframe, a")].map((e) => e.outerHTML),
    };
  });
}

test("the report copies for Google Docs or Word, with its headings and tables, and as text", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
    await openReport(page, server);
    await page.getByRole("button", { name: "Copy for Google Docs or Word" }).click();
    await page.getByText("The report is copied. Paste it into a Google Doc").waitFor();
    const copied = await readClipboard(page);
    assert.deepEqual(copied.types.toSorted(), ["text/html", "text/plain"]);
    assert.equal(copied.headings[0], `${copied.text.slice(2, 12)}: ${TITLE}`);
    assert.ok(copied.headings.includes("Timeline"), copied.headings.join(" / "));
    assert.ok(copied.cells.includes("Note (Ada Lovelace): Restarted search.<b>not bold</b>"), copied.cells.join(" / "));
    // People's text stayed text: no element, and no link to anywhere.
    assert.deepEqual(copied.foreign, []);
    assert.match(copied.text, /^# \d{4}-\d{2}-\d{2}: Search is down/);

    // A browser that takes only text gets the Markdown, and says so.
    await page.evaluate(() => {
      navigator.clipboard.write = () => Promise.reject(new DOMException("Denied", "NotAllowedError"));
    });
    await page.getByRole("button", { name: "Copy for Google Docs or Word" }).click();
    await page.getByText("The report is copied as Markdown text").waitFor();
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^# \d{4}-\d{2}-\d{2}: Search is down/);

    // One that refuses both selects it for the person to copy.
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException("Denied", "NotAllowedError"));
    });
    await page.getByRole("button", { name: "Copy for Google Docs or Word" }).click();
    await page.getByText("Your browser did not let Incident Desk copy it, so the report is selected below as Markdown.").waitFor();
    const box = page.getByRole("textbox", { name: "The report as Markdown" });
    assert.match(await box.inputValue(), /^# \d{4}-\d{2}-\d{2}: Search is down/);
    await page.waitForFunction(() => document.activeElement?.id === "report-markdown");
    await assertAccessible(page, "the report after a refused copy");
  } finally {
    await context.close();
    server.stop();
  }
});

test("the report downloads as a document that stands alone, with people's text escaped", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await openReport(page, server);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download as a document" }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^\d{4}-\d{2}-\d{2}-search-is-down-broken-https-evil-example\.html$/);
    const html = readFileSync(await download.path(), "utf8");
    assert.ok(html.startsWith("<!DOCTYPE html>"));
    assert.doesNotMatch(html, /<script|<img|<link|src=|url\(/i);
    // Opened as a page, it shows the report's text as text.
    await page.goto("about:blank");
    await page.setContent(html);
    await page.getByRole("heading", { name: "Timeline", exact: true }).waitFor();
    await page.getByRole("cell", { name: /^Note \(Ada Lovelace\): Restarted search\.\s*<b>not bold<\/b>$/ }).waitFor();
    assert.equal(await page.getByRole("link").count(), 0);
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
    await page.getByRole("heading", { name: "Timeline", exact: true }).waitFor();
    const row = page.getByRole("row").filter({ hasText: "Restarted search." });
    assert.equal(await row.evaluate((r) => getComputedStyle(r).breakInside), "avoid");
  } finally {
    await context.close();
    server.stop();
  }
});
