// After the incident: the review, two actions filed as prefilled GitHub
// issues, their addresses recorded, and closing; then a team making the
// app its own in settings.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serveDist } from "./support/server.mjs";
import { openBrowser, foreignRequests } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";
import { sidewaysScroll } from "./support/layout.mjs";
import { declareIncident } from "./support/declare.mjs";
import { assertTask, backToOverview, fillReviewHeldAnHourAgo, openTask } from "./support/response.mjs";

const TITLE = "Search is down & slow?";

/** Reads a link's address back with `new URL()` in the page. */
async function readLink(link) {
  const href = await link.getAttribute("href");
  return link.page().evaluate((href) => {
    const url = new URL(href);
    return { origin: url.origin, path: url.pathname, params: Object.fromEntries(url.searchParams) };
  }, href);
}

async function addAction(page, { title, detail, owner, area, kind }) {
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Detail").fill(detail);
  await page.getByLabel("Owner").fill(owner);
  const due = page.getByRole("group", { name: "Due date" });
  await due.getByLabel("Day").fill("1");
  await due.getByLabel("Month").fill("4");
  await due.getByLabel("Year").fill("2099");
  await page.getByRole("radio", { name: kind }).check();
  await page.getByRole("radio", { name: area }).check();
  await page.getByRole("button", { name: "Add the action" }).click();
}

test("a resolved incident is reviewed, its actions filed as GitHub issues, and closed", async () => {
  const server = await serveDist();
  const { context, page, requests, errors } = await openBrowser();
  try {
    await declareIncident(page, server.url, TITLE);
    await openTask(page, "Decide severity");
    await page.getByRole("radio", { name: "P2" }).check();
    await page.getByRole("button", { name: "Save severity" }).click();
    await page.getByRole("heading", { name: TITLE, level: 1 }).waitFor();
    await openTask(page, "Confirm it is resolved");
    await page.getByRole("radio", { name: "Yes", exact: true }).check();
    await page.getByLabel("What removed it?").fill("Restarted the search service.");
    await page.getByRole("button", { name: "Mark as resolved" }).click();
    await page.getByLabel("Clean-up work").fill("Delete the temporary search page");
    await page.getByLabel("Owner").fill("Ken Thompson");
    await page.getByRole("button", { name: "Add clean-up" }).click();
    await page.getByText("Owner: Ken Thompson. Open.").waitFor();
    await backToOverview(page, TITLE);

    // What the report lacks, each linked to its page.
    await page.getByRole("heading", { name: "Ready for review?" }).waitFor();
    await page.getByRole("link", { name: "The impact on users" }).waitFor();
    await assertTask(page, "Hold the incident review", "Not yet started");
    await assertTask(page, "Turn actions into GitHub issues", "Cannot start yet");
    await assertAccessible(page, "the overview of a resolved incident");

    // The review.
    await openTask(page, "Hold the incident review");
    await assertAccessible(page, "the review");
    await page.getByRole("button", { name: "Mark the incident as reviewed" }).click();
    const problems = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await problems.getByText(/^Before marking it as reviewed: record when the review was held; write the root cause/).waitFor();
    await fillReviewHeldAnHourAgo(page);
    assert.equal(await page.getByLabel("Organiser").inputValue(), "", "no comms lead to default to");
    await page.getByLabel("Organiser").fill("Grace Hopper");
    await page.getByLabel("Who attended").fill("Ada Lovelace\nGrace Hopper\nKen Thompson");
    await page.getByLabel("Root cause").fill("A full disk stopped the search index updating.");
    await page.getByLabel("Configuration fault").check();
    await page.getByLabel("Other", { exact: true }).check();
    await page.getByRole("button", { name: "Save the review" }).click();
    await problems.getByRole("link", { name: "Describe the other kind of root cause" }).waitFor();
    await assertAccessible(page, "the review with an error");
    await page.getByLabel("Describe the other kind of root cause").fill("No alert on disk space");
    await page.getByLabel("What went well").fill("The restart was quick.");
    await page.getByRole("button", { name: "Save the review" }).click();
    await page.getByRole("status").filter({ hasText: /^Saved at/ }).waitFor();
    await page.getByRole("link", { name: "Agree at least one action, or say why none is needed" }).click();

    // Two actions, routed to their repositories.
    await page.getByRole("heading", { name: "Turn actions into GitHub issues", level: 1 }).waitFor();
    await assertAccessible(page, "the actions page");
    await page.getByRole("button", { name: "Add the action" }).click();
    for (const message of ["Enter a title for the action", "Enter the name of the person who owns the action", "Enter the due date", "Select the kind of action", "Select what the action is about"]) {
      await problems.getByRole("link", { name: message }).waitFor();
    }
    // A security action waits until settings name the repository for them.
    await addAction(page, { title: "Rotate the search service's token", detail: "It was in the logs.", owner: "Ken Thompson", area: "Security", kind: "Detect" });
    await problems.getByRole("link", { name: "Set the repository for security actions in settings before adding one, so its details stay private" }).waitFor();
    await page.getByRole("link", { name: "Set the repository for security actions in settings", exact: true }).waitFor();
    assert.equal(await page.getByRole("heading", { name: /^Action 1/ }).count(), 0);
    await addAction(page, { title: "Alert when the disk is 80% full", detail: "Page the on-call person & the team.", owner: "Ken Thompson", area: "The website", kind: "Detect" });
    await page.getByRole("heading", { name: "Action 1: Alert when the disk is 80% full" }).waitFor();
    await page.getByRole("radio", { name: "Component code" }).check();
    assert.equal(await page.getByLabel("Repository").inputValue(), "alphagov/govuk-frontend", "filled in by the routing rules");
    await addAction(page, { title: "Make search fail gracefully", detail: "Show a message, not a 500.", owner: "Grace Hopper", area: "Component code", kind: "Mitigate" });
    await page.getByRole("heading", { name: "Action 2: Make search fail gracefully" }).waitFor();

    // An action can be changed; the change is on the timeline.
    await page.getByRole("button", { name: "Change action 2" }).click();
    await page.getByRole("heading", { name: "Change action 2" }).waitFor();
    assert.equal(await page.getByLabel("Title", { exact: true }).inputValue(), "Make search fail gracefully");
    await page.getByLabel("Title", { exact: true }).fill("Make search fail gracefully, with a message");
    await page.getByRole("button", { name: "Save the action" }).click();
    await page.getByRole("heading", { name: "Action 2: Make search fail gracefully, with a message" }).waitFor();
    await page.getByRole("heading", { name: "Add an action" }).waitFor();

    const links = page.getByRole("link", { name: "Create the GitHub issue (opens in new tab)" });
    const first = await readLink(links.nth(0));
    assert.equal(first.origin, "https://github.com");
    assert.equal(first.path, "/alphagov/govuk-design-system/issues/new");
    assert.equal(first.params.title, "Alert when the disk is 80% full");
    assert.equal(first.params.labels, "incident");
    assert.match(first.params.body, /^An action from the review of the incident “Search is down & slow\?” \(P2, declared \d+ \w+ \d{4}\)\.\n\nPage the on-call person & the team\.\n\nOwner: Ken Thompson\nDue: 1 April 2099\nKind: Detect$/);
    const second = await readLink(links.nth(1));
    assert.equal(second.path, "/alphagov/govuk-frontend/issues/new");
    assert.equal(second.params.title, "Make search fail gracefully, with a message");
    assert.equal(await links.nth(0).getAttribute("target"), "_blank");
    assert.equal(await links.nth(0).getAttribute("rel"), "noopener noreferrer");
    await assertAccessible(page, "the actions page with two actions");

    // The issues' addresses.
    await page.getByLabel("Address of the GitHub issue for action 1").fill("https://example.com/issues/1");
    await page.getByRole("button", { name: "Save the issue address for action 1" }).click();
    await page.getByRole("alert").getByText("Enter the issue’s address, like https://github.com/alphagov/govuk-frontend/issues/123").waitFor();
    await page.getByLabel("Address of the GitHub issue for action 1").fill("https://github.com/alphagov/govuk-design-system/issues/5001");
    await page.getByRole("button", { name: "Save the issue address for action 1" }).click();
    await page.getByRole("link", { name: "https://github.com/alphagov/govuk-design-system/issues/5001 (opens in new tab)" }).waitFor();
    await page.getByLabel("Address of the GitHub issue for action 2").fill("https://github.com/alphagov/govuk-frontend/issues/6002");
    await page.getByRole("button", { name: "Save the issue address for action 2" }).click();
    await page.getByRole("link", { name: "https://github.com/alphagov/govuk-frontend/issues/6002 (opens in new tab)" }).waitFor();
    await backToOverview(page, TITLE);
    await assertTask(page, "Turn actions into GitHub issues", "Completed");

    // Reviewed, then closed once the clean-up is settled.
    await openTask(page, "Hold the incident review");
    await page.getByRole("button", { name: "Mark the incident as reviewed" }).click();
    await page.getByText("The incident has been reviewed.").waitFor();
    await backToOverview(page, TITLE);
    await openTask(page, "Close the incident");
    await assertAccessible(page, "close the incident");
    await page.getByRole("link", { name: "Finish or drop every piece of clean-up (1 left)" }).click();
    await page.getByRole("heading", { name: "Confirm it is resolved", level: 1 }).waitFor();
    await page.getByText("We will not do clean-up item 1").click();
    await page.getByLabel("Why will it not be done?").fill("The page was removed with the fix.");
    await page.getByRole("button", { name: "Drop it" }).click();
    await page.getByText(/^Owner: Ken Thompson\. Dropped .* by Ada Lovelace: The page was removed with the fix\.\.$/).waitFor();
    await backToOverview(page, TITLE);
    await openTask(page, "Close the incident");
    await page.getByText("Everything is in place to close it.").waitFor();
    // Closing is final, so it is asked for twice, in words.
    await page.getByRole("button", { name: "Close the incident" }).click();
    await page.getByText(/Closing is final: nobody can change a closed incident again/).waitFor();
    await assertAccessible(page, "confirming the close");
    await page.setViewportSize({ width: 320, height: 800 });
    assert.deepEqual(await sidewaysScroll(page), []);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole("button", { name: "Do not close it" }).click();
    await page.getByRole("button", { name: "Close the incident" }).click();
    await page.getByRole("button", { name: "Yes, close the incident" }).click();
    await page.getByText("The incident is closed.").waitFor();
    await page.getByRole("link", { name: "Read, download or print the report" }).waitFor();
    await backToOverview(page, TITLE);
    await page.getByText("This incident is closed. It can no longer be changed.").waitFor();
    for (const task of ["Hold the incident review", "Turn actions into GitHub issues", "Close the incident"]) {
      await assertTask(page, task, "Completed");
    }
    await page.reload();
    await page.getByText("Status changed from Reviewed to Closed.").waitFor();
    // A closed review is a record to read, not a form that refuses to save.
    await openTask(page, "Hold the incident review");
    assert.equal(await page.getByRole("textbox").count(), 0, "no box to type in");
    await page.getByText("A full disk stopped the search index updating.").waitFor();
    await backToOverview(page, TITLE);

    // Downloading the report of every incident quiets the reminder to export.
    await page.getByRole("link", { name: "Incident Desk" }).click();
    const reminder = page.getByText("You have not exported your incidents from this browser yet.");
    await reminder.waitFor();
    await page.getByRole("link", { name: TITLE }).click();
    await page.getByRole("link", { name: "Read, download or print the report" }).click();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download as a document" }).click();
    await download;
    await page.getByRole("link", { name: "Incident Desk" }).click();
    await page.getByRole("heading", { name: "Incidents", level: 1 }).waitFor();
    assert.equal(await reminder.count(), 0, "every incident's report was downloaded");
    await assertAccessible(page, "a closed incident");
    assert.deepEqual(foreignRequests(requests, server.origin), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.stop();
  }
});

test("a team makes the app its own in settings, and its messages follow", async () => {
  const server = await serveDist();
  const { context, page, errors } = await openBrowser();
  try {
    await page.goto(server.url);
    await page.getByRole("region", { name: "Process review due" }).getByText("Your incident process is due for review").waitFor();
    await page.getByRole("link", { name: "Settings", exact: true }).click();
    await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
    await assertAccessible(page, "settings");

    await page.getByLabel("Team channel").fill("");
    await page.getByLabel("Stakeholders’ email address").fill("not an address");
    await page.getByLabel("Time zone").fill("Europe/Atlantis");
    await page.getByRole("button", { name: "Save settings" }).click();
    const problems = page.getByRole("alert").filter({ hasText: "There is a problem" });
    for (const message of ["Enter the team channel", "Enter the stakeholders’ email address in the right format, like name@example.gov.uk", "Enter a time zone this browser knows, like Europe/London"]) {
      await problems.getByRole("link", { name: message }).waitFor();
    }
    await assertAccessible(page, "settings with errors");
    await problems.getByRole("link", { name: "Enter the team channel" }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), "team-channel");

    await page.getByLabel("Team channel").fill("#our-incidents");
    await page.getByLabel("Stakeholders’ email address").fill("leaders@example.gov.uk");
    await page.getByLabel("Time zone").fill("America/New_York");
    const reviewed = page.getByRole("group", { name: "When did the team last review this process?" });
    await reviewed.getByLabel("Year").fill(String(new Date().getFullYear()));
    await reviewed.getByLabel("Month").fill(String(new Date().getMonth() + 1));
    await reviewed.getByLabel("Day").fill("1");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByRole("alert").filter({ hasText: "Success" }).getByText("Settings saved").waitFor();
    assert.equal(await page.getByRole("region", { name: "Process review due" }).count(), 0, "the process is reviewed now");

    // A new incident's messages use the team's own settings, after a reload too.
    await page.reload();
    await declareIncident(page, server.url, TITLE);
    await openTask(page, "Tell the team");
    await page.getByLabel("Message for #our-incidents").waitFor();
    await page.getByRole("link", { name: "Back to the incident" }).click();
    await openTask(page, "Inform stakeholders");
    await page.getByText("leaders@example.gov.uk", { exact: true }).waitFor();

    // Reset, after a confirmation.
    await page.getByRole("link", { name: "Settings", exact: true }).click();
    await page.getByRole("button", { name: "Reset to the GOV.UK Design System defaults" }).click();
    await page.getByText("This replaces every setting on this page with the GOV.UK Design System team’s.").waitFor();
    await assertAccessible(page, "settings, confirming a reset");
    await page.getByRole("button", { name: "Yes, reset the settings" }).click();
    await page.getByText("Settings reset to the GOV.UK Design System team’s").waitFor();
    assert.equal(await page.getByLabel("Team channel").inputValue(), "#design-system-team-channel");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.stop();
  }
});
