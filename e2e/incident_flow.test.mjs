// The whole response end to end, as a person who has never run an incident
// would follow it: triage, declare, every task on the checklist, resolved,
// reload, and everything is still there. Served at a site root and under a
// sub-path, as on a GitHub Pages project site, with axe on every page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serveDist } from "./support/server.mjs";
import { openBrowser, foreignRequests } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";
import { assertTask, backToOverview, checklist, openTask, readMailto, NOT_YET_REVIEWED } from "./support/response.mjs";

// Characters that mean something in URLs and email headers, to prove the mailto link keeps them.
const TITLE = 'Website down & search? #1 at 100% "broken"';
const IMPACT = "Service teams could not read the guidance or download govuk-frontend.";

for (const subPath of [undefined, "incident-desk"]) {
  const where = subPath ? `under /${subPath}/` : "at the site root";

  test(`a team goes from "something is wrong" to resolved by following the task list, served ${where}`, async () => {
    const server = await serveDist({ subPath });
    const { context, page, requests, errors } = await openBrowser();
    try {
      await page.goto(server.url);
      await page.getByRole("heading", { name: "Incidents", level: 1 }).waitFor();
      await assertAccessible(page, "the empty register");
      await page.getByRole("button", { name: "Something is wrong" }).click();

      // Triage.
      await page.getByRole("heading", { name: "Is this an incident?", level: 1 }).waitFor();
      await assertAccessible(page, "the triage questions");
      await page.getByText("Examples of incidents").click();
      await page.getByText("The website has been defaced").waitFor();
      await page.getByRole("button", { name: "Continue" }).click();
      const problems = page.getByRole("alert").filter({ hasText: "There is a problem" });
      await problems.getByRole("link", { name: "Select whether it must be fixed now or can wait" }).waitFor();
      await assertAccessible(page, "the triage questions with an error");
      await page.getByLabel("People cannot use the design system, in part or at all").check();
      await page.getByLabel("End users cannot use services because of a problem with the design system").check();
      await page.getByLabel("It must be fixed now").check();
      await page.getByRole("button", { name: "Continue" }).click();
      await page.getByRole("heading", { name: "Declare an incident", level: 1 }).waitFor();
      await assertAccessible(page, "the triage result");
      await page.getByRole("button", { name: "Declare an incident" }).click();

      // Declare, with the triage answers carried over.
      await page.getByRole("heading", { name: "Declare an incident", level: 1 }).waitFor();
      await page.getByText("From triage: people cannot use the service and end users cannot use services. It must be fixed now.").waitFor();
      await assertAccessible(page, "the declare page after triage");
      await page.getByLabel("Your name").fill("Ada Lovelace");
      await page.getByLabel("Title").fill(TITLE);
      await page.getByLabel("Summary").fill("Every page returns a 503 error.");
      await page.getByRole("group", { name: "Does it put the security of users or the team at risk?" })
        .getByRole("radio", { name: "No", exact: true }).check();
      await page.getByRole("button", { name: "Declare incident" }).click();

      // The overview: everything to do, and why it was declared.
      await page.getByRole("heading", { name: TITLE, level: 1 }).waitFor();
      await page.getByRole("alert").filter({ hasText: "Success" }).getByText("Incident declared").waitFor();
      assert.deepEqual(await checklist(page), {
        "Tell the team": "Not yet started",
        "Form the incident team": "Not yet started",
        "Start the report": "In progress",
        "Decide severity": "Not yet started",
        "Inform stakeholders": "Not yet started",
        "Decide whether to tell users": "Not yet started",
        "Tackle it and keep people updated": "Not yet started",
        "Confirm it is resolved": "Not yet started",
        ...NOT_YET_REVIEWED,
      });
      await page.getByRole("link", { name: "Next: Tell the team" }).waitFor();
      await page.getByText("Next update due: decide the severity to know when.").waitFor();
      await page.getByText(/Declared because: people cannot use the service and end users cannot use services\./).waitFor();
      await assertAccessible(page, "the overview");

      // Tell the team.
      await openTask(page, "Tell the team");
      await assertAccessible(page, "tell the team");
      const teamMessage = await page.getByLabel("Message for #design-system-team-channel").inputValue();
      assert.match(teamMessage, /^@here Incident: Website down & search\? #1/);
      assert.match(teamMessage, /What we know: Every page returns a 503 error\./);
      await page.getByRole("button", { name: "I have posted it" }).click();
      await page.getByRole("listitem").filter({ hasText: /^#design-system-team-channel: .* by Ada Lovelace$/ }).waitFor();
      await backToOverview(page, TITLE);
      await assertTask(page, "Tell the team", "Completed");

      // Form the incident team.
      await openTask(page, "Form the incident team");
      await assertAccessible(page, "form the incident team");
      await page.getByLabel("Incident lead", { exact: true }).fill("Ada Lovelace");
      await page.getByRole("button", { name: "Name the incident lead" }).click();
      await page.getByText("Ada Lovelace is now the incident lead.").waitFor();
      await page.getByLabel("Comms lead", { exact: true }).fill("Grace Hopper");
      await page.getByRole("button", { name: "Name the comms lead" }).click();
      await page.getByText(/^Grace Hopper \(since/).waitFor();
      await backToOverview(page, TITLE);
      await assertTask(page, "Form the incident team", "Completed");

      // Start the report.
      await openTask(page, "Start the report");
      await assertAccessible(page, "start the report");
      await page.getByLabel("Impact on users").fill(IMPACT);
      await page.getByLabel("Services affected").fill("Design system website");
      await page.getByRole("button", { name: "Save and return to the incident" }).click();
      await page.getByRole("heading", { name: TITLE, level: 1 }).waitFor();
      await assertTask(page, "Start the report", "Completed");

      // Decide severity.
      await openTask(page, "Decide severity");
      await assertAccessible(page, "decide severity");
      await page.getByRole("radio", { name: "P2" }).check();
      await page.getByRole("button", { name: "Save severity" }).click();
      await page.getByRole("heading", { name: TITLE, level: 1 }).waitFor();
      await assertTask(page, "Decide severity", "Completed");
      await page.getByText(/^Next update due by \d\d:\d\d on \w+ \d+ \w+ \d{4} \(Europe\/London\)\.$/).waitFor();

      // Inform stakeholders: the mailto link carries recipients, subject and body intact.
      await openTask(page, "Inform stakeholders");
      await page.getByText("This is a P2 incident: email the DSP senior management team (SMT) now.").waitFor();
      await assertAccessible(page, "inform stakeholders");
      const email = await readMailto(page, "Open the email in your mail program");
      assert.equal(email.protocol, "mailto:");
      assert.deepEqual(email.to, ["dsp-incidents@digital.cabinet-office.gov.uk"]);
      assert.deepEqual(email.fields, ["subject", "body"]);
      assert.equal(email.subject, `[P2] Incident: ${TITLE}`);
      assert.match(email.body, /^Hello,\r\n\r\nThe GOV.UK Design System team is dealing with an incident: Website down & search\? #1/);
      assert.ok(email.body.includes(`Impact on users: ${IMPACT}\r\n`), email.body);
      assert.ok(email.body.includes("Incident lead: Ada Lovelace\r\nComms lead: Grace Hopper"), email.body);
      // What the person changes in the box is what the link sends.
      const box = page.getByLabel("Email message");
      await box.fill(`${await box.inputValue()}\nAdded by hand.`);
      assert.ok((await readMailto(page, "Open the email in your mail program")).body.endsWith("\r\nAdded by hand."));
      await page.getByRole("button", { name: "I have sent it" }).click();
      await page.getByRole("listitem").filter({ hasText: /^dsp-incidents@digital\.cabinet-office\.gov\.uk: / }).waitFor();
      await backToOverview(page, TITLE);
      await assertTask(page, "Inform stakeholders", "Completed");

      // Decide whether to tell users, then tell them in every channel.
      await openTask(page, "Decide whether to tell users");
      await page.getByText("Never use the mailing list to tell users about an incident").waitFor();
      await assertAccessible(page, "decide whether to tell users");
      await page.getByRole("group", { name: "Do users need to do something?" }).getByRole("radio", { name: "Yes", exact: true }).check();
      await page.getByRole("group", { name: "Could publicity make it worse?" }).getByRole("radio", { name: "No", exact: true }).check();
      await page.getByText("Advice: Tell users. It affects their security or they need to do something").waitFor();
      await page.getByRole("radio", { name: "Yes, tell users" }).check();
      await page.getByLabel("What should users do?").fill("Install govuk-frontend from npm instead.");
      await page.getByRole("button", { name: "Save decision" }).click();
      await problems.getByRole("link", { name: "Enter what users need to know" }).waitFor();
      await page.getByLabel("What do users need to know?").fill("You cannot download govuk-frontend from the website.");
      await page.getByRole("button", { name: "Save decision" }).click();
      await page.getByRole("heading", { name: "Tell users", level: 2 }).waitFor();
      assert.match(await page.getByLabel("Message for users").inputValue(), /What you should do: Install govuk-frontend from npm instead\./);
      await assertAccessible(page, "telling users");
      const channels = ["#govuk-design-system on the GDS Slack", "#govuk-design-system on the cross-government Slack"];
      for (const [posted, channel] of channels.entries()) {
        await page.getByRole("button", { name: `I have posted it in ${channel}` }).click();
        await page.getByText(/^Posted .* by Ada Lovelace\.$/).nth(posted).waitFor();
      }
      await backToOverview(page, TITLE);
      await assertTask(page, "Decide whether to tell users", "Completed");

      // Tackle it: mitigate.
      await openTask(page, "Tackle it and keep people updated");
      await page.getByText(/For a P2 incident, update the team and stakeholders every hour\. The next update is due by/).waitFor();
      await assertAccessible(page, "tackle it");
      // An entry added here is seen to be added, with a way to the timeline.
      await page.getByLabel("What happened?").fill("Switched traffic to the backup origin.");
      await page.getByRole("button", { name: "Add to timeline" }).click();
      await page.getByRole("status").getByText(/^Added to the timeline: Note, \d{1,2} \w+ \d{4} at \d\d:\d\d\./).waitFor();
      await page.getByRole("status").getByRole("link", { name: "See the timeline" }).waitFor();
      assert.equal(await page.getByLabel("What happened?").inputValue(), "");
      await page.getByRole("radio", { name: "Mitigated" }).check();
      await page.getByRole("button", { name: "Change status" }).click();
      await page.getByText("The incident is mitigated. What is its status now?").waitFor();
      await backToOverview(page, TITLE);
      await assertTask(page, "Tackle it and keep people updated", "In progress");

      // Confirm it is resolved, leaving clean-up in the long tail.
      await openTask(page, "Confirm it is resolved");
      await assertAccessible(page, "confirm it is resolved");
      await page.getByRole("button", { name: "Mark as resolved" }).click();
      await problems.getByRole("link", { name: "Select yes if the main harm to users has been removed" }).waitFor();
      await page.getByRole("radio", { name: "Yes", exact: true }).check();
      await page.getByLabel("What removed it?").fill("Rolled the CDN back to the last good configuration.");
      await page.getByRole("button", { name: "Mark as resolved" }).click();
      await page.getByText(/^Resolved .* by Ada Lovelace: Rolled the CDN back to the last good configuration\.$/).waitFor();
      await page.getByLabel("Clean-up work").fill("Remove the old CDN rules from the docs");
      await page.getByLabel("Owner").fill("Ken Thompson");
      await page.getByRole("button", { name: "Add clean-up" }).click();
      await page.getByText("Owner: Ken Thompson. Open.").waitFor();
      await assertAccessible(page, "a resolved incident with clean-up");
      await backToOverview(page, TITLE);

      // Every step done, every step on the timeline, and all of it survives a reload.
      await page.reload();
      await page.getByRole("heading", { name: TITLE, level: 1 }).waitFor();
      const statuses = await checklist(page);
      assert.deepEqual(Object.values(statuses).slice(0, 8), Array(8).fill("Completed"), JSON.stringify(statuses));
      assert.equal(statuses["Hold the incident review"], "Not yet started");
      await page.getByRole("heading", { name: "Clean-up still to do" }).waitFor();
      await page.getByText("Remove the old CDN rules from the docs (Ken Thompson)").waitFor();
      const timeline = page.getByRole("list").filter({ hasText: "Incident declared." });
      for (const entry of [
        "Told the team in #design-system-team-channel.",
        "Ada Lovelace is now the incident lead.",
        "Severity set to P2.",
        "Emailed stakeholders: dsp-incidents@digital.cabinet-office.gov.uk.",
        "Decided to tell users.",
        "Posted a message to users in #govuk-design-system on the GDS Slack.",
        "Status changed from Mitigated to Resolved. The main harm to users has been removed: Rolled the CDN back",
        "Clean-up added for Ken Thompson: Remove the old CDN rules from the docs",
      ]) {
        await timeline.getByText(entry).first().waitFor();
      }
      await assertAccessible(page, "the overview of a resolved incident");

      // Notes stay editable, and keep their earlier wording.
      await page.getByLabel("What happened?").fill("Restarted the web servers.");
      await page.getByRole("button", { name: "Add to timeline" }).click();
      const restarted = timeline.getByRole("listitem").filter({ hasText: "Restarted the web servers." });
      await restarted.getByRole("button", { name: /^Edit entry/ }).click();
      await page.getByLabel(/^Edit entry/).fill("Restarted both web servers.");
      await page.getByRole("button", { name: "Save entry" }).click();
      const edited = timeline.getByRole("listitem").filter({ hasText: "Restarted both web servers." });
      await edited.getByText("Earlier versions (1)").click();
      await edited.getByText("Restarted the web servers.").waitFor();

      // The register lists it with its tags.
      await page.getByRole("link", { name: "Incident Desk" }).click();
      const row = page.getByRole("row").filter({ hasText: TITLE });
      await row.getByRole("link", { name: TITLE }).waitFor();
      await row.getByText("P2", { exact: true }).waitFor();
      await row.getByText("Resolved", { exact: true }).waitFor();
      await assertAccessible(page, "the register");

      assert.deepEqual(foreignRequests(requests, server.origin), [], "the page contacted another origin");
      assert.deepEqual(errors, [], "the page logged errors");
    } finally {
      await context.close();
      server.stop();
    }
  });
}
