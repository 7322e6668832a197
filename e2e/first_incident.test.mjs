// A first incident (the website is down) from "Something is wrong" to
// closed, as someone who has never run one would take it: following the
// overview's "Next" link where it leads, the task list where it does not.
// Prints the page views, clicks and typed fields it took, to compare with
// the 42 page views, 101 clicks and 43 typed fields the same path took
// before the second pass of the response.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serveDist } from "./support/server.mjs";
import { openBrowser } from "./support/browser.mjs";
import { fillReviewHeldAnHourAgo } from "./support/response.mjs";

const TITLE = "The website is down";
const BEFORE = { views: 42, clicks: 101, typed: 43 };

test("a first incident goes from “something is wrong” to closed in fewer steps than before", async () => {
  const server = await serveDist();
  const { context, page, errors } = await openBrowser();
  try {
    // Counted in the page: each route shown, each click, each field typed into.
    await context.addInitScript(() => {
      window.counts = { views: 1, clicks: 0, typed: new Set() };
      window.addEventListener("hashchange", () => window.counts.views++);
      document.addEventListener("click", () => window.counts.clicks++, true);
      document.addEventListener("input", (event) => window.counts.typed.add(event.target.id), true);
    });
    const click = (locator) => locator.click();
    const link = (name) => click(page.getByRole("link", { name, exact: true }));
    const button = (name) => click(page.getByRole("button", { name, exact: true }));
    const heading = (name) => page.getByRole("heading", { name, level: 1 }).waitFor();
    const overview = async () => {
      await link("Back to the incident");
      await heading(TITLE);
    };

    await page.goto(server.url);
    await button("Something is wrong");
    await click(page.getByLabel("People cannot use the design system, in part or at all"));
    await click(page.getByLabel("It must be fixed now"));
    await button("Continue");
    await button("Declare an incident");
    await page.getByLabel("Your name").fill("Ada Lovelace");
    await page.getByLabel("Title").fill(TITLE);
    await page.getByLabel("Summary").fill("Every page returns a 503 error.");
    await click(page.getByRole("radio", { name: "No", exact: true }));
    await button("Declare incident");
    await heading(TITLE);

    await link("Next: Tell the team");
    await button("I have posted it");
    await link("Form the incident team");
    await page.getByLabel("Incident lead", { exact: true }).fill("Ada Lovelace");
    await button("Name the incident lead");
    await page.getByLabel("Comms lead", { exact: true }).fill("Grace Hopper");
    await button("Name the comms lead");
    await page.getByRole("status").filter({ hasText: "Grace Hopper is now the comms lead." }).waitFor();
    await overview();

    await link("Next: Decide severity");
    await click(page.getByRole("radio", { name: "P3" }));
    await button("Save severity");
    await heading(TITLE);

    await link("Next: Inform stakeholders");
    await button("I have sent it");
    await link("Decide whether to tell users");
    await click(page.getByRole("radio", { name: "No, do not tell users" }));
    await page.getByLabel("Why?").fill("It was back before anyone noticed.");
    await button("Save decision");
    await page.getByRole("status").filter({ hasText: /^Saved at/ }).waitFor();
    await overview();

    await link("Start the report");
    await page.getByLabel("Impact on users").fill("Nobody can read the guidance.");
    await page.getByLabel("Services affected").fill("The Design System website");
    await button("Save and return to the incident");
    await heading(TITLE);

    await link("Confirm it is resolved");
    await click(page.getByRole("radio", { name: "Yes", exact: true }));
    await page.getByLabel("What removed it?").fill("Restarted the web servers.");
    await button("Mark as resolved");
    await page.getByText(/^Resolved .* by Ada Lovelace: Restarted the web servers\.$/).waitFor();
    await overview();

    await link("Next: Tell the team it is resolved");
    await button("I have posted it");
    await link("Tell stakeholders it is resolved");
    await button("I have sent it");
    await link("Hold the incident review");
    await fillReviewHeldAnHourAgo(page);
    await page.getByLabel("Who attended").fill("Ada Lovelace\nGrace Hopper");
    await page.getByLabel("Root cause").fill("A full disk stopped the web servers.");
    await click(page.getByLabel("Capacity issue"));
    await page.getByLabel("If no actions are needed, why not?").fill("Disk alerts already exist; this one was muted by mistake.");
    await button("Save the review");
    await page.getByRole("status").filter({ hasText: /^Saved at/ }).waitFor();
    await button("Mark the incident as reviewed");
    await page.getByText("The incident has been reviewed.").waitFor();
    await overview();

    await link("Next: Close the incident");
    await button("Close the incident");
    await button("Yes, close the incident");
    await page.getByText("The incident is closed.").waitFor();
    await overview();
    await page.getByText("This incident is closed. It can no longer be changed.").waitFor();

    const counts = await page.evaluate(() => ({ ...window.counts, typed: window.counts.typed.size }));
    console.log(`A first incident, declared to closed: ${counts.views} page views, ${counts.clicks} clicks, ${counts.typed} typed fields (before: ${BEFORE.views}, ${BEFORE.clicks}, ${BEFORE.typed}).`);
    assert.ok(counts.views < BEFORE.views, `page views: ${counts.views}`);
    assert.ok(counts.clicks < BEFORE.clicks, `clicks: ${counts.clicks}`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.stop();
  }
});
