// Naming the leads without traps: each lead has a field of its own, so
// naming the comms lead cannot hand the incident lead's role away (the
// trap one "Role" select used to set), and changing a named lead is a
// handover the page asks for and confirms in words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serveDist } from "./support/server.mjs";
import { openBrowser } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";
import { declareIncident } from "./support/declare.mjs";
import { openTask } from "./support/response.mjs";
import { savedIncident } from "./support/storage.mjs";
import { sidewaysScroll } from "./support/layout.mjs";

const roles = async (page) => {
  const saved = await savedIncident(page, page.url().split("/").at(-2));
  return saved.roles.map((r) => [typeof r.role === "string" ? r.role : r.role.other, r.person]);
};

/** The roles as saved are `expected` once the save the page announced has
 * been written: saving follows the message, and on a busy machine it lags. */
const assertSavedRoles = async (page, expected) => {
  let now = await roles(page);
  for (let tries = 0; tries < 100 && JSON.stringify(now) !== JSON.stringify(expected); tries++) {
    await page.waitForTimeout(50);
    now = await roles(page);
  }
  assert.deepEqual(now, expected);
};

test("naming the comms lead after the incident lead leaves the incident lead in place", async () => {
  const server = await serveDist();
  const { context, page, errors } = await openBrowser();
  try {
    await declareIncident(page, server.url, "Website down");
    await openTask(page, "Form the incident team");
    await page.getByLabel("Incident lead", { exact: true }).fill("Sam Patel");
    await page.getByRole("button", { name: "Name the incident lead" }).click();
    await page.getByRole("status").filter({ hasText: "Sam Patel is now the incident lead." }).waitFor();

    // What used to hand the incident lead role to her.
    await page.getByLabel("Comms lead", { exact: true }).fill("Priya Shah");
    await page.getByRole("button", { name: "Name the comms lead" }).click();
    await page.getByRole("status").filter({ hasText: "Priya Shah is now the comms lead." }).waitFor();
    await assertSavedRoles(page, [["incident_lead", "Sam Patel"], ["comms_lead", "Priya Shah"]]);

    // A named lead changes only by a handover, asked for in words.
    await page.getByLabel("Hand over the incident lead role from Sam Patel to").fill("Ada Lovelace");
    await page.getByRole("button", { name: "Hand over the incident lead role" }).click();
    await page.getByRole("status").filter({ hasText: "Sam Patel handed the incident lead role over to Ada Lovelace." }).waitFor();
    await page.getByLabel("Hand over the incident lead role from Ada Lovelace to").waitFor();

    // Another role's form cannot take a lead's role from its holder.
    await page.getByLabel("Name of the role").fill("comms lead");
    await page.getByLabel("Person", { exact: true }).fill("Eve");
    await page.getByRole("button", { name: "Add the role" }).click();
    await page
      .getByRole("alert")
      .getByText("Priya Shah is already the comms lead. To hand the role over, use the comms lead form above.")
      .waitFor();
    await assertSavedRoles(page, [["incident_lead", "Ada Lovelace"], ["comms_lead", "Priya Shah"]]);

    // Other roles are added apart.
    await page.getByLabel("Name of the role").fill("Scribe");
    await page.getByLabel("Person", { exact: true }).fill("Ken Thompson");
    await page.getByRole("button", { name: "Add the role" }).click();
    await page.getByRole("status").filter({ hasText: "Ken Thompson is now the scribe." }).waitFor();
    await assertSavedRoles(page, [
      ["incident_lead", "Ada Lovelace"],
      ["comms_lead", "Priya Shah"],
      ["Scribe", "Ken Thompson"],
    ]);
    await assertAccessible(page, "the incident team with every form used");
    await page.setViewportSize({ width: 320, height: 800 });
    assert.deepEqual(await sidewaysScroll(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.stop();
  }
});
