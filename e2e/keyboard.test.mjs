// Everything can be done with a keyboard alone: one full pass through the
// response, from the register to resolved, pressing only Tab, arrows, Space,
// Enter and typing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serveDist } from "./support/server.mjs";
import { openBrowser } from "./support/browser.mjs";
import { checklist } from "./support/response.mjs";

/** Presses Tab until the focused element's accessible text matches, or fails. */
async function tabTo(page, pattern, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const label = el?.labels?.[0]?.textContent ?? "";
      return `${label} ${el?.textContent ?? ""} ${el?.value ?? ""}`.replace(/\s+/g, " ").trim();
    });
    if (pattern.test(focused)) return;
  }
  throw new Error(`never reached ${pattern} with Tab`);
}

/** Follows the focused link or presses the focused button, then waits for `heading`. */
async function enterAndWaitFor(page, heading) {
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: heading, level: 1 }).waitFor();
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

test("a new page moves focus to its heading, with no outline around the page", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await page.goto(server.url);
    await page.getByRole("heading", { name: "Incidents", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Settings" }).first().click();
    await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === "H1");
    const focused = await page.evaluate(() => ({
      text: document.activeElement.textContent.trim(),
      outline: getComputedStyle(document.activeElement).outlineStyle,
    }));
    assert.deepEqual(focused, { text: "Settings", outline: "none" });
  } finally {
    await context.close();
    server.stop();
  }
});

test("the whole response can be run with the keyboard alone", async () => {
  const server = await serveDist();
  const { context, page, errors } = await openBrowser();
  const title = "Search is broken";
  const toOverview = async () => {
    await tabTo(page, /^Return to the incident overview$/);
    await enterAndWaitFor(page, title);
  };
  const openTask = async (name) => {
    await tabTo(page, new RegExp(`^${name}$`));
    await enterAndWaitFor(page, name);
  };
  try {
    await page.goto(server.url);
    await page.getByRole("heading", { name: "Incidents", level: 1 }).waitFor();
    await tabTo(page, /^Something is wrong/);
    await enterAndWaitFor(page, "Is this an incident?");

    await tabTo(page, /^People cannot use/);
    await page.keyboard.press("Space");
    await tabTo(page, /^It must be fixed now/);
    await page.keyboard.press("Space");
    await tabTo(page, /^Continue$/);
    await enterAndWaitFor(page, "Declare an incident");
    await tabTo(page, /^Declare an incident$/);
    await page.keyboard.press("Enter");
    await page.getByRole("group", { name: "When did it start?" }).waitFor();

    await tabTo(page, /^Your name/);
    await page.keyboard.type("Ada Lovelace");
    await page.keyboard.press("Tab");
    await page.keyboard.type(title);
    await page.keyboard.press("Tab");
    await page.keyboard.type("Search returns no results.");
    await tabTo(page, /^Yes/);
    await page.keyboard.press("ArrowDown"); // moves to and selects “No”
    await tabTo(page, /^Declare incident$/);
    await enterAndWaitFor(page, title);

    await openTask("Tell the team");
    await tabTo(page, /^I have posted it$/);
    await page.keyboard.press("Enter");
    await page.getByText(/^#design-system-team-channel: /).waitFor();
    await toOverview();

    await openTask("Form the incident team");
    for (const [role, person] of [["Incident lead", "Ada Lovelace"], ["Comms lead", "Grace Hopper"]]) {
      await tabTo(page, new RegExp(`^${role}`));
      await page.keyboard.type(person);
      await page.keyboard.press("Enter");
      await page.getByText(new RegExp(`^${person} \\(since`)).waitFor();
      await page.evaluate(() => document.activeElement.blur());
    }
    await toOverview();

    await openTask("Start the report");
    await tabTo(page, /^Impact on users/);
    await page.keyboard.type("Nobody could search the guidance.");
    await tabTo(page, /^Services affected/);
    await page.keyboard.type("Design system website search");
    await tabTo(page, /^Save and return to the incident$/);
    await enterAndWaitFor(page, title);

    await openTask("Decide severity");
    await tabTo(page, /^P1/);
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown"); // P4
    await tabTo(page, /^Save severity$/);
    await enterAndWaitFor(page, title);

    // A P4 may go without a stakeholder email, with a reason.
    await openTask("Inform stakeholders");
    await tabTo(page, /^We do not need to tell stakeholders$/);
    await page.keyboard.press("Enter");
    await tabTo(page, /^Why is it not needed\?/);
    await page.keyboard.type("A small bug, fixed within the hour.");
    await tabTo(page, /^Mark as not needed$/);
    await page.keyboard.press("Enter");
    await page.getByText("We do not need to tell stakeholders").waitFor({ state: "detached" });
    await toOverview();

    await openTask("Decide whether to tell users");
    // Security is answered from the incident's details; the next two are not.
    await tabTo(page, /^Yes/); // users need to do something?
    await page.keyboard.press("ArrowRight"); // No
    await tabTo(page, /^Yes/); // publicity could make it worse?
    await page.keyboard.press("Space"); // Yes
    await tabTo(page, /^Yes, tell users/);
    await page.keyboard.press("ArrowDown"); // No, do not tell users
    await tabTo(page, /^Why\?/);
    await page.keyboard.type("Publicity would send people to the broken pages.");
    await tabTo(page, /^Save decision$/);
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: /^Saved at/ }).waitFor();
    await toOverview();

    await openTask("Tackle it and keep people updated");
    await tabTo(page, /^What happens next/);
    await page.keyboard.type("Rebuild the search index.");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Grace, 09:00 tomorrow");
    await tabTo(page, /^Record the handover$/);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.getElementById("handover-next")?.value === "");
    await toOverview();

    await openTask("Confirm it is resolved");
    await tabTo(page, /^Yes yes$/); // its label, then its value
    await page.keyboard.press("Space");
    await tabTo(page, /^What removed it\?/);
    await page.keyboard.type("Rebuilt the search index.");
    await tabTo(page, /^Mark as resolved$/);
    await page.keyboard.press("Enter");
    await page.getByText(/: Rebuilt the search index\.$/).waitFor();
    await toOverview();

    const statuses = await checklist(page);
    assert.deepEqual(statuses, {
      "Tell the team": "Completed",
      "Form the incident team": "Completed",
      "Start the report": "Completed",
      "Decide severity": "Completed",
      "Inform stakeholders": "Not needed",
      "Decide whether to tell users": "Completed",
      "Tackle it and keep people updated": "Completed",
      "Confirm it is resolved": "Completed",
      "Tell the team it is resolved": "Not yet started",
      "Hold the incident review": "Not yet started",
      "Turn actions into GitHub issues": "Cannot start yet",
      "Close the incident": "Cannot start yet",
    });
    await page.getByText("Decided not to tell users. Reason: Publicity would send people to the broken pages.", { exact: false }).waitFor();
    await page.getByText("What happens next: Rebuild the search index.", { exact: false }).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.stop();
  }
});
