// WCAG 1.4.10 reflow: at 320 CSS pixels wide no page of the response scrolls
// sideways, even with long unbroken words in what people typed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serveDist } from "./support/server.mjs";
import { openBrowser } from "./support/browser.mjs";
import { declareIncident } from "./support/declare.mjs";
import { openTask } from "./support/response.mjs";

const LONG = "https://example.com/averylongaddressthatsomeonepastedwithoutanyspacesorhyphensatall";
const TASKS = [
  "Tell the team",
  "Form the incident team",
  "Start the report",
  "Decide severity",
  "Inform stakeholders",
  "Decide whether to tell users",
  "Tackle it and keep people updated",
  "Confirm it is resolved",
];

test("no page of the response scrolls sideways at 320 pixels wide", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  const sideways = [];
  const check = async (where) => {
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    if (scroll > client) sideways.push(`${where}: ${scroll} > ${client}`);
  };
  try {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(`${server.url}#/triage`);
    await page.getByRole("heading", { name: "Is this an incident?", level: 1 }).waitFor();
    await check("triage");
    const title = `Broken ${LONG}`;
    await declareIncident(page, server.url, title);
    await page.getByLabel("What happened?").fill(`Found ${LONG}`);
    await page.getByRole("button", { name: "Add to timeline" }).click();
    await page.getByText(`Found ${LONG}`).waitFor();
    await check("overview");
    for (const task of TASKS) {
      await openTask(page, task);
      await check(task);
      await page.getByRole("link", { name: "Back to the incident" }).click();
      await page.getByRole("heading", { name: title, level: 1 }).waitFor();
    }
    // After resolving: the review, the actions (one with long text) and closing.
    await page.getByRole("link", { name: "Confirm it is resolved" }).click();
    await page.getByRole("radio", { name: "Yes", exact: true }).check();
    await page.getByLabel("What removed it?").fill(LONG);
    await page.getByRole("button", { name: "Mark as resolved" }).click();
    await page.getByRole("link", { name: "Back to the incident" }).click();
    await openTask(page, "Hold the incident review");
    await check("review");
    const held = page.getByRole("group", { name: "When was the review held?" });
    await held.getByLabel("Day").fill("1");
    await held.getByLabel("Month").fill("1");
    await held.getByLabel("Year").fill("2026");
    await held.getByLabel("Hour").fill("10");
    await held.getByLabel("Minute").fill("00");
    await page.getByRole("button", { name: "Save the review" }).click();
    await page.getByRole("status").filter({ hasText: /^Saved at/ }).waitFor();
    await page.getByRole("link", { name: "Back to the incident" }).click();
    await openTask(page, "Turn actions into GitHub issues");
    await page.getByLabel("Title", { exact: true }).fill(LONG.slice(0, 80));
    await page.getByLabel("Owner").fill("Ken");
    const due = page.getByRole("group", { name: "Due date" });
    await due.getByLabel("Day").fill("1");
    await due.getByLabel("Month").fill("4");
    await due.getByLabel("Year").fill("2099");
    await page.getByRole("radio", { name: "Detect" }).check();
    await page.getByRole("radio", { name: "The website" }).check();
    await page.getByRole("button", { name: "Add the action" }).click();
    await page.getByRole("link", { name: "Create the GitHub issue (opens in new tab)" }).waitFor();
    await check("actions");
    await page.getByRole("link", { name: "Incident Desk" }).click();
    await page.getByRole("heading", { name: "Incidents", level: 1 }).waitFor();
    await check("register");
    await page.getByRole("link", { name: "Import a file" }).click();
    await page.getByRole("heading", { name: "Import incidents", level: 1 }).waitFor();
    await check("import");
    await page.goBack();
    await page.getByRole("link", { name: title }).click();
    await page.getByRole("link", { name: "Read, download or print the report" }).click();
    await page.getByRole("heading", { name: "Timeline", exact: true }).waitFor();
    await check("report");
    await page.getByRole("link", { name: "Incident Desk" }).click();
    await page.getByRole("link", { name: "Settings", exact: true }).click();
    await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
    await check("settings");
    await page.getByRole("link", { name: "Accessibility statement" }).click();
    await page.getByRole("heading", { name: "Accessibility statement for Incident Desk", level: 1 }).waitFor();
    await check("accessibility statement");
    // Damaged data with a long unbroken value, on the recovery page.
    await page.evaluate((long) => localStorage.setItem(`incident-desk/v1/incident/${long.slice(-40).replace(/[^a-z]/g, "x")}`, long.repeat(3)), LONG);
    await page.goto(`${server.url}#/recover`);
    await page.getByRole("heading", { name: "Recover data", level: 1 }).waitFor();
    await page.getByRole("button", { name: "Delete saved value 1" }).click();
    await check("recover data");
    assert.deepEqual(sideways, []);
  } finally {
    await context.close();
    server.stop();
  }
});
