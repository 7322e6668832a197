// Input a careless user or an attacker might type gets a clear message, or
// is made harmless: invisible text, huge names, required roles under other
// spellings, names that try to reverse the page's words, implausible years,
// and times the clocks skipped or repeated.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serveDist } from "./support/server.mjs";
import { openBrowser } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";
import { declareIncident } from "./support/declare.mjs";
import { openTask } from "./support/response.mjs";
import { savedIncident } from "./support/storage.mjs";

const problems = (page) => page.getByRole("alert").filter({ hasText: "There is a problem" });

async function typeStart(page, [day, month, year, hour, minute]) {
  await page.getByRole("radio", { name: "Earlier", exact: true }).check();
  const started = page.getByRole("group", { name: "Date and time it started" });
  for (const [label, value] of [["Day", day], ["Month", month], ["Year", year], ["Hour", hour], ["Minute", minute]]) {
    await started.getByLabel(label).fill(value);
  }
}

test("invisible titles, huge names and implausible years are refused in words", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await page.goto(`${server.url}#/incidents/new`);
    await page.getByLabel("Your name").fill("x".repeat(101));
    await page.getByLabel("Title").fill("\u200B\u200E\u202E \u2066");
    await page.getByLabel("Summary").fill("Something.");
    await page.getByRole("radio", { name: "No", exact: true }).check();
    await typeStart(page, ["14", "3", "0226", "09", "00"]);
    await page.getByRole("button", { name: "Declare incident" }).click();
    for (const message of [
      "Your name must be 100 characters or fewer",
      "Enter a title",
      "The start date and time must have a year from 1900 to 2100",
    ]) {
      await problems(page).getByRole("link", { name: message }).waitFor();
    }
    await assertAccessible(page, "the declare form refusing odd input");
  } finally {
    await context.close();
    server.stop();
  }
});

test("a role typed as “Comms Lead” is the comms lead, and a name cannot reverse the words after it", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await declareIncident(page, server.url, "Odd names");
    await openTask(page, "Form the incident team");
    await page.getByLabel("Name of the role").fill("Comms Lead ");
    await page.getByLabel("Person", { exact: true }).fill("Eve\u202E");
    await page.getByRole("button", { name: "Add the role" }).click();
    const comms = page.getByRole("term").filter({ hasText: /^Comms lead$/ });
    await comms.waitFor();
    // Kept without the override, and set apart from the words after it.
    const value = await page.locator("dd").filter({ hasText: "Eve" }).first().innerText();
    assert.match(value, /^Eve \(since \d/);
    assert.equal(await page.locator("dd bdi").filter({ hasText: "Eve" }).count(), 1);
    const saved = await savedIncident(page, page.url().split("/").at(-2));
    assert.deepEqual(saved.roles.map((r) => [r.role, r.person]), [["comms_lead", "Eve"]]);
    assert.equal(await page.getByRole("term").filter({ hasText: /^Comms Lead $/ }).count(), 0);
  } finally {
    await context.close();
    server.stop();
  }
});

test("in London, a time the clocks skipped is refused and one they repeated asks which", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser({ timezoneId: "Europe/London" });
  try {
    await page.goto(`${server.url}#/incidents/new`);
    await page.getByLabel("Your name").fill("Ada Lovelace");
    await page.getByLabel("Title").fill("Across the clock change");
    await page.getByLabel("Summary").fill("Started in the night.");
    await page.getByRole("radio", { name: "No", exact: true }).check();
    await typeStart(page, ["29", "3", "2026", "01", "30"]);
    await page.getByRole("button", { name: "Declare incident" }).click();
    await problems(page)
      .getByRole("link", { name: "The start date and time falls in the hour skipped when the clocks went forward: that time did not happen" })
      .waitFor();

    await typeStart(page, ["25", "10", "2026", "01", "30"]);
    const which = page.getByRole("group", { name: /this time happened twice\. Which one\?/ });
    await which.waitFor();
    await assertAccessible(page, "the declare form asking which 01:30");
    await page.getByRole("button", { name: "Declare incident" }).click();
    await problems(page).getByRole("link", { name: /happened twice, because the clocks went back/ }).waitFor();
    await which.getByRole("radio", { name: "The second time, at 01:30 (UTC+0)" }).check();
    await page.getByRole("button", { name: "Declare incident" }).click();
    await page.getByRole("heading", { name: "Across the clock change", level: 1 }).waitFor();
    const started = (await savedIncident(page, page.url().split("/").pop())).details.started_at;
    assert.equal(started, "2026-10-25T01:30:00Z");

    // Shown again for changing, the boxes and the choice read back the same.
    await openTask(page, "Start the report");
    await page.getByRole("radio", { name: "The second time, at 01:30 (UTC+0)" }).isChecked();
    assert.equal(await page.getByRole("radio", { name: "The second time, at 01:30 (UTC+0)" }).isChecked(), true);
  } finally {
    await context.close();
    server.stop();
  }
});
