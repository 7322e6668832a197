// The register by year: filters, a search that reads summaries, the year's
// figures with a chart and its table, and exporting everything.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serveDist } from "./support/server.mjs";
import { openBrowser } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";
import { openTask } from "./support/response.mjs";

async function declare(page, url, { title, summary, started }) {
  await page.goto(`${url}#/incidents/new`);
  await page.getByLabel("Your name").fill("Ada Lovelace");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Summary").fill(summary);
  if (started) {
    await page.getByRole("radio", { name: "Earlier", exact: true }).check();
    const when = page.getByRole("group", { name: "Date and time it started" });
    for (const [box, value] of Object.entries(started)) await when.getByLabel(box).fill(value);
  }
  await page.getByRole("radio", { name: "No", exact: true }).check();
  await page.getByRole("button", { name: "Declare incident" }).click();
  await page.getByRole("heading", { name: title, level: 1 }).waitFor();
}

async function setSeverity(page, level) {
  await openTask(page, "Decide severity");
  await page.getByRole("radio", { name: level }).check();
  await page.getByRole("button", { name: "Save severity" }).click();
  await page.getByRole("heading", { level: 1 }).first().waitFor();
}

test("the register groups incidents by year, filters them, searches summaries and shows the year in figures", async () => {
  const server = await serveDist();
  const { context, page, errors } = await openBrowser();
  try {
    const thisYear = String(new Date().getFullYear());
    await declare(page, server.url, {
      title: "Old outage",
      summary: "Happened last year.",
      started: { Day: "10", Month: "6", Year: "2025", Hour: "09", Minute: "00" },
    });
    await setSeverity(page, "P2");
    await declare(page, server.url, { title: "Malicious package", summary: "A fake govuk-frontend on npm." });
    await setSeverity(page, "P1");
    await declare(page, server.url, { title: "Slow pages", summary: "The CDN is overloaded." });

    await page.getByRole("link", { name: "Incident Desk" }).click();
    await page.getByRole("heading", { name: "Incidents", level: 1 }).waitFor();
    await assertAccessible(page, "the register with incidents");
    const table = page.getByRole("table", { name: `Incidents in ${thisYear}, newest first` });
    const titles = async () => (await table.getByRole("link").allInnerTexts()).map((t) => t.trim());
    assert.deepEqual(await titles(), ["Slow pages", "Malicious package"]);

    // The year's figures, in words, as a chart and as a table.
    const figures = page.getByRole("heading", { name: `${thisYear} in figures` });
    await figures.waitFor();
    await page.getByRole("img", { name: new RegExp(`^Incidents in ${thisYear} by month, stacked by severity`) }).waitFor();
    const monthTable = page.getByRole("table", { name: `Incidents in ${thisYear} by month and severity` });
    const month = new Date().toLocaleString("en-GB", { month: "short" }).slice(0, 3);
    const row = monthTable.getByRole("row", { name: new RegExp(`^${month}`) });
    assert.deepEqual((await row.getByRole("cell").allInnerTexts()).map((t) => t.trim()), ["1", "0", "0", "0", "1", "2"]);

    // Filters.
    await page.getByLabel("Severity", { exact: true }).selectOption({ label: "P1" });
    assert.deepEqual(await titles(), ["Malicious package"]);
    await page.getByLabel("Severity", { exact: true }).selectOption({ label: "All severities" });
    await page.getByLabel("Search titles and summaries").fill("cdn");
    assert.deepEqual(await titles(), ["Slow pages"], "the search reads summaries");
    await page.getByLabel("Search titles and summaries").fill("nothing like this");
    await page.getByText("No incidents match.").waitFor();
    await page.getByLabel("Search titles and summaries").fill("");

    // Another year.
    await page.getByLabel("Year").selectOption("2025");
    const older = page.getByRole("table", { name: "Incidents in 2025, newest first" });
    assert.deepEqual((await older.getByRole("link").allInnerTexts()).map((t) => t.trim()), ["Old outage"]);
    await page.getByRole("heading", { name: "2025 in figures" }).waitFor();
    await assertAccessible(page, "the register for 2025");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.stop();
  }
});

test("exporting everything saves one JSON file with every incident and the settings, and stops the reminder", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await declare(page, server.url, { title: "Exported incident", summary: "To keep." });
    await page.getByRole("link", { name: "Incident Desk" }).click();
    const reminder = page.getByText("You have not exported your incidents from this browser yet.");
    await reminder.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export everything" }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^incident-desk-export-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync(await download.path(), "utf8"));
    assert.equal(exported.format, "incident-desk");
    assert.equal(exported.schema_version, 4);
    assert.deepEqual(exported.incidents.map((i) => i.details.title), ["Exported incident"]);
    assert.equal(exported.playbook.team_channel, "#design-system-team-channel");
    await page.getByText("Your incidents are exported. Keep the file on your team drive.").waitFor();
    await reminder.waitFor({ state: "detached" });
    await page.reload();
    await page.getByRole("heading", { name: "Incidents", level: 1 }).waitFor();
    assert.equal(await reminder.count(), 0, "the export is remembered");

    // One incident's JSON, from its report.
    await page.getByRole("link", { name: "Exported incident" }).click();
    await page.getByRole("link", { name: "Read, download or print the report" }).click();
    const [single] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download JSON" }).click(),
    ]);
    assert.match(single.suggestedFilename(), /^\d{4}-\d{2}-\d{2}-exported-incident\.json$/);
    const one = JSON.parse(readFileSync(await single.path(), "utf8"));
    assert.equal(one.incidents.length, 1);
    assert.equal(one.playbook, undefined);
  } finally {
    await context.close();
    server.stop();
  }
});
