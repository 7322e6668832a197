// The report and the register read well on a wide screen and on a phone,
// on screen and on paper: no word, date or time split across lines, the
// actions as a card each where a table will not fit, and every column of
// the register in view without a sideways scroll.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { serveDist } from "./support/server.mjs";
import { openBrowser } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";
import { brokenText, sidewaysScroll } from "./support/layout.mjs";

// The host tests' full incident, every section of the report filled in.
const FULL = fileURLToPath(new URL("./fixtures/full-incident.json", import.meta.url));
const TITLE = "Design system website is down";
// A wide screen and a phone, and the same in print, with an A4 page inside
// Chromium's default margins (190 mm at 96 pixels to the inch) between.
const WIDTHS = { screen: [1280, 375], print: [1280, 718, 375] };

async function importFull(page, url) {
  await page.goto(`${url}#/import`);
  await page.getByRole("heading", { name: "Import incidents", level: 1 }).waitFor();
  await page.getByLabel("Choose a file, or drop it here").setInputFiles(FULL);
  await page.getByRole("button", { name: "Import 1 incident" }).click();
  await page.getByText("1 incident imported").waitFor();
}

test("the report splits no word, date or time at any width, on screen or on paper", async () => {
  const server = await serveDist();
  const { context, page, errors } = await openBrowser({ timezoneId: "Europe/London" });
  try {
    await importFull(page, server.url);
    await page.goto(`${server.url}#/`);
    await page.getByRole("link", { name: TITLE }).click();
    await page.getByText("Incident 2026-01").waitFor();
    await page.getByRole("link", { name: "Read, download or print the report" }).click();
    await page.getByRole("heading", { name: "Standing actions" }).waitFor();
    await page.getByText("Incident number: 2026-01").waitFor();
    const problems = [];
    for (const media of ["screen", "print"]) {
      await page.emulateMedia({ media });
      for (const width of WIDTHS[media]) {
        await page.setViewportSize({ width, height: 900 });
        for (const problem of [...(await brokenText(page)), ...(await sidewaysScroll(page))]) {
          problems.push(`${media} at ${width}px: ${problem}`);
        }
        const table = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Owner" }) });
        const card = page.getByRole("heading", { name: "Alert on missing health checks", level: 3 });
        // A table where it fits, as on an A4 page; a card per action where not.
        const narrow = width < 641;
        assert.equal(await table.isVisible(), !narrow, `${media} at ${width}px: the actions table`);
        assert.equal(await card.isVisible(), narrow, `${media} at ${width}px: the action's card`);
      }
    }
    assert.deepEqual(problems, []);
    await page.emulateMedia({ media: "screen" });
    await assertAccessible(page, "the full report at 375 pixels");
    await page.setViewportSize({ width: 1280, height: 900 });
    await assertAccessible(page, "the full report");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.stop();
  }
});

test("every column of the register is in view on a phone", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser({ timezoneId: "Europe/London" });
  try {
    await importFull(page, server.url);
    await page.setViewportSize({ width: 375, height: 900 });
    await page.goto(`${server.url}#/`);
    await page.getByRole("heading", { name: "Incidents", level: 1 }).waitFor();
    const register = page.getByRole("table", { name: "Incidents in 2026, newest first" });
    for (const label of ["Number: 2026-01", "Severity:", "Status:", "Declared: 14 March 2026"]) {
      assert.ok(await register.getByText(label).isVisible(), `${label} is shown`);
    }
    const months = page.getByRole("table", { name: "Incidents in 2026 by month and severity" });
    const all = months.getByRole("columnheader", { name: "All" });
    const box = await all.boundingBox();
    assert.ok(box && box.x + box.width <= 375, `the "All" column ends at ${box?.x + box?.width}px`);
    assert.deepEqual(await sidewaysScroll(page), []);
    assert.deepEqual(await brokenText(page), []);
    await assertAccessible(page, "the register at 375 pixels");
  } finally {
    await context.close();
    server.stop();
  }
});
