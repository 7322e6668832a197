// When it started is asked, not assumed: "now" is a choice the person sees,
// and an earlier start is what the report's times run from.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serveDist } from "./support/server.mjs";
import { openBrowser } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";
import { sidewaysScroll } from "./support/layout.mjs";

const TITLE = "Break-in found in the morning";

test("an incident noticed at 07:23 that started at 01:40 is timed from 01:40", async () => {
  const server = await serveDist();
  const { context, page, errors } = await openBrowser({ timezoneId: "Europe/London" });
  try {
    // 07:23 on 2 December 2026 in London (GMT).
    await page.clock.setFixedTime(new Date("2026-12-02T07:23:00Z"));
    await page.goto(`${server.url}#/incidents/new`);
    await page.getByLabel("Your name").fill("Ada Lovelace");
    await page.getByLabel("Title").fill(TITLE);
    await page.getByLabel("Summary").fill("Someone signed in as the deploy user overnight.");
    await page.getByRole("radio", { name: "No", exact: true }).check();

    // Now is chosen, in plain sight; the boxes wait for "Earlier".
    assert.equal(await page.getByRole("radio", { name: "Now, as I declare it" }).isChecked(), true);
    const when = page.getByRole("group", { name: "Date and time it started" });
    assert.equal(await when.isVisible(), false);
    await page.getByRole("radio", { name: "Earlier", exact: true }).check();
    await assertAccessible(page, "the declare form asking when it started");
    await page.setViewportSize({ width: 320, height: 800 });
    assert.deepEqual(await sidewaysScroll(page), []);
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const [box, value] of [["Day", "2"], ["Month", "12"], ["Year", "2026"], ["Hour", "01"], ["Minute", "40"]]) {
      await when.getByLabel(box).fill(value);
    }
    await page.getByRole("button", { name: "Declare incident" }).click();
    await page.getByRole("heading", { name: TITLE, level: 1 }).waitFor();

    await page.getByRole("link", { name: "Read, download or print the report" }).click();
    await page.getByRole("heading", { name: "Timeline", exact: true }).waitFor();
    await page.getByText("Time to declare: 5 hours 43 minutes").waitFor();
    const first = page.getByRole("table").filter({ hasText: "What happened" }).getByRole("row").nth(1);
    assert.match(await first.innerText(), /^2 December 2026 01:40\s+Started:/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.stop();
  }
});

test("declaring with now starts the incident as it is declared", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser({ timezoneId: "Europe/London" });
  try {
    await page.clock.setFixedTime(new Date("2026-12-02T07:23:00Z"));
    await page.goto(`${server.url}#/incidents/new`);
    await page.getByLabel("Your name").fill("Ada Lovelace");
    await page.getByLabel("Title").fill(TITLE);
    await page.getByLabel("Summary").fill("The site is down.");
    await page.getByRole("radio", { name: "No", exact: true }).check();
    await page.getByRole("button", { name: "Declare incident" }).click();
    await page.getByRole("heading", { name: TITLE, level: 1 }).waitFor();
    await page.getByRole("link", { name: "Read, download or print the report" }).click();
    await page.getByText("Started: 2 December 2026 07:23").waitFor();
    await page.getByText("Time to declare: 0 minutes").waitFor();
  } finally {
    await context.close();
    server.stop();
  }
});
