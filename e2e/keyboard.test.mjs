// Everything can be done with a keyboard alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serveDist } from "./support/server.mjs";
import { openBrowser } from "./support/browser.mjs";

/** Presses Tab until the focused element's accessible text matches, or fails. */
async function tabTo(page, pattern, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const label = el?.labels?.[0]?.textContent ?? "";
      return `${label} ${el?.textContent ?? ""} ${el?.value ?? ""}`.trim();
    });
    if (pattern.test(focused)) return;
  }
  throw new Error(`never reached ${pattern} with Tab`);
}

test("the skip link moves focus to the main content", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await page.goto(server.url);
    await page.getByRole("heading", { name: "Incidents", level: 1 }).waitFor();
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), "Skip to main content");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "main-content");
    assert.equal(new URL(page.url()).hash, "", "the skip link must not change the route");
  } finally {
    await context.close();
    server.stop();
  }
});

test("an incident can be declared and worked with the keyboard alone", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await page.goto(server.url);
    await page.getByRole("heading", { name: "Incidents", level: 1 }).waitFor();
    await tabTo(page, /Declare an incident/);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Declare an incident", level: 1 }).waitFor();

    await tabTo(page, /^Your name/);
    await page.keyboard.type("Ada Lovelace");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Search is broken");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Search returns no results.");
    await tabTo(page, /^Yes/);
    await page.keyboard.press("ArrowDown"); // moves to and selects “No”
    await tabTo(page, /Declare incident/);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Search is broken", level: 1 }).waitFor();
    const details = page.locator("dl").filter({ hasText: "Affects security" });
    assert.match(await details.innerText(), /Affects security\s+No/);

    await tabTo(page, /^P1/);
    await page.keyboard.press("ArrowDown"); // P2
    await tabTo(page, /Save severity/);
    await page.keyboard.press("Enter");
    await page.getByText("Severity set to P2.").waitFor();
  } finally {
    await context.close();
    server.stop();
  }
});
