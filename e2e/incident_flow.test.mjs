// The first slice end to end, as a person would use it: declare an incident,
// set its severity, form the team, record the timeline, move it on, reload,
// and find it all still there. Run with dist/ at a site root and under a
// sub-path, as on a GitHub Pages project site.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serveDist } from "./support/server.mjs";
import { openBrowser, foreignRequests } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";

const TITLE = "Design system website is down";

/** The browser's local date and time an hour ago, as the form's boxes want them. */
function anHourAgo() {
  const at = new Date(Date.now() - 60 * 60 * 1000);
  const two = (n) => String(n).padStart(2, "0");
  return {
    day: String(at.getDate()),
    month: String(at.getMonth() + 1),
    year: String(at.getFullYear()),
    hour: two(at.getHours()),
    minute: two(at.getMinutes()),
  };
}

for (const subPath of [undefined, "incident-desk"]) {
  const where = subPath ? `under /${subPath}/` : "at the site root";

  test(`an incident is declared, worked and survives a reload, served ${where}`, async () => {
    const server = await serveDist({ subPath });
    const { context, page, requests, errors } = await openBrowser();
    try {
      await page.goto(server.url);

      // The register starts empty, with a way in.
      await page.getByRole("heading", { name: "Incidents", level: 1 }).waitFor();
      await assertAccessible(page, "the empty register");
      await page.getByRole("button", { name: "Declare an incident" }).click();

      // Declaring with nothing filled in lists every problem.
      await page.getByRole("heading", { name: "Declare an incident", level: 1 }).waitFor();
      await assertAccessible(page, "the declare page");
      await page.getByRole("button", { name: "Declare incident" }).click();
      const problems = page.getByRole("alert").filter({ hasText: "There is a problem" });
      await problems.waitFor();
      for (const message of ["Enter your name", "Enter a title", "Enter a summary of what is happening"]) {
        await problems.getByRole("link", { name: message }).waitFor();
      }
      await assertAccessible(page, "the declare page with errors");
      // An error link takes you to its field.
      await problems.getByRole("link", { name: "Enter a title" }).click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), "title");

      await page.getByLabel("Your name").fill("Ada Lovelace");
      await page.getByLabel("Title").fill(TITLE);
      await page.getByLabel("Summary").fill("Every page returns a 503 error.");
      await page.getByRole("group", { name: "Does it put the security of users or the team at risk?" })
        .getByRole("radio", { name: "No" }).check();
      await page.getByRole("button", { name: "Declare incident" }).click();

      // The incident page.
      await page.getByRole("heading", { name: TITLE, level: 1 }).waitFor();
      await page.getByRole("alert").filter({ hasText: "Success" }).getByText("Incident declared").waitFor();
      assert.match(page.url(), /#\/incidents\/[0-9a-f-]+$/);
      await assertAccessible(page, "the incident page");

      await page.getByRole("radio", { name: "P3" }).check();
      await page.getByRole("button", { name: "Save severity" }).click();
      await page.getByRole("status").filter({ hasText: /^Saved at \d\d:\d\d$/ }).waitFor();

      await page.getByLabel("Role", { exact: true }).selectOption({ label: "Incident lead" });
      await page.getByLabel("Person").fill("Ada Lovelace");
      await page.getByRole("button", { name: "Assign role" }).click();
      await page.getByText("Ada Lovelace is now the incident lead.").waitFor();
      await page.getByLabel("Role", { exact: true }).selectOption({ label: "Comms lead" });
      await page.getByLabel("Person").fill("Grace Hopper");
      await page.getByRole("button", { name: "Assign role" }).click();
      await page.getByText("Grace Hopper is now the comms lead.").waitFor();

      await page.getByLabel("What happened?").fill("Restarted the web servers.");
      await page.getByRole("button", { name: "Add to timeline" }).click();
      await page.getByText("Restarted the web servers.").waitFor();

      const earlier = anHourAgo();
      await page.getByLabel("What happened?").fill("Alert fired for 5xx errors.");
      await page.getByRole("radio", { name: "Mitigation" }).check();
      const when = page.getByRole("group", { name: "When did it happen?" });
      await when.getByLabel("Day").fill(earlier.day);
      await when.getByLabel("Month").fill(earlier.month);
      await when.getByLabel("Year").fill(earlier.year);
      await when.getByLabel("Hour").fill(earlier.hour);
      await when.getByLabel("Minute").fill(earlier.minute);
      await page.getByRole("button", { name: "Add to timeline" }).click();
      await page.getByText("Alert fired for 5xx errors.").waitFor();

      await page.getByRole("radio", { name: "Mitigated" }).check();
      await page.getByRole("button", { name: "Change status" }).click();
      await page.getByText("Status changed from Active to Mitigated.").waitFor();
      await assertAccessible(page, "the incident page after changes");

      // Everything is still there after a reload.
      await page.reload();
      await page.getByRole("heading", { name: TITLE, level: 1 }).waitFor();
      const main = page.getByRole("main");
      await main.getByText("Mitigated", { exact: true }).first().waitFor();
      await main.getByText("P3", { exact: true }).first().waitFor();
      const team = page.locator("dl").filter({ hasText: "Incident lead" });
      assert.match(await team.innerText(), /Incident lead\s+Ada Lovelace/);
      assert.match(await team.innerText(), /Comms lead\s+Grace Hopper/);
      const timeline = page.getByRole("list").filter({ hasText: "Incident declared." });
      const entries = await timeline.getByRole("listitem").allInnerTexts();
      // Declared, severity, two roles, two notes, status.
      assert.equal(entries.length, 7, `timeline entries: ${entries.join(" | ")}`);
      // Latest event first: the alert, an hour ago, is the oldest.
      assert.match(entries.at(-1), /Alert fired for 5xx errors\./);
      assert.match(entries.at(-1), new RegExp(`at ${earlier.hour}:${earlier.minute} · Mitigation · Ada Lovelace`));
      assert.match(entries[0], /Status changed from Active to Mitigated\./);

      // Editing a note keeps its earlier wording.
      const restarted = timeline.getByRole("listitem").filter({ hasText: "Restarted the web servers." });
      await restarted.getByRole("button", { name: /^Edit entry/ }).click();
      const editBox = page.getByLabel(/^Edit entry/);
      await editBox.fill("Restarted both web servers.");
      await page.getByRole("button", { name: "Save entry" }).click();
      const edited = timeline.getByRole("listitem").filter({ hasText: "Restarted both web servers." });
      await edited.getByText("Earlier versions (1)").click();
      await edited.getByText("Restarted the web servers.").waitFor();
      await assertAccessible(page, "the timeline with an edited note");

      // Changing a detail keeps the old value on the timeline.
      await page.getByRole("link", { name: "Change title" }).click();
      await page.getByRole("heading", { name: "Change incident details", level: 1 }).waitFor();
      await assertAccessible(page, "the change details page");
      await page.getByLabel("Title").fill(`${TITLE} for everyone`);
      await page.getByRole("button", { name: "Save changes" }).click();
      await page.getByRole("heading", { name: `${TITLE} for everyone`, level: 1 }).waitFor();
      await page.getByText(`Title changed from “${TITLE}” to “${TITLE} for everyone”.`).waitFor();

      // The register lists it with its tags.
      await page.getByRole("link", { name: "Incident Desk" }).click();
      await page.getByRole("heading", { name: "Incidents", level: 1 }).waitFor();
      const row = page.getByRole("row").filter({ hasText: `${TITLE} for everyone` });
      await row.getByRole("link", { name: `${TITLE} for everyone` }).waitFor();
      await row.getByText("P3", { exact: true }).waitFor();
      await row.getByText("Mitigated", { exact: true }).waitFor();
      await assertAccessible(page, "the register");

      assert.deepEqual(foreignRequests(requests, server.origin), [], "the page contacted another origin");
      assert.deepEqual(errors, [], "the page logged errors");
    } finally {
      await context.close();
      server.stop();
    }
  });
}
