// Copying messages (and what happens when the browser will not), the
// cyber-security address on security incidents, working hours, handovers and
// overdue updates, at fixed times in the team's time zone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serveDist } from "./support/server.mjs";
import { openBrowser } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";
import { declareIncident } from "./support/declare.mjs";
import { openTask, readMailto } from "./support/response.mjs";
import { sidewaysScroll } from "./support/layout.mjs";

const TITLE = "Testing what happens when things go wrong";

test("the copy button puts the message on the clipboard", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
    await declareIncident(page, server.url, TITLE);
    await openTask(page, "Tell the team");
    await page.getByRole("button", { name: "Copy message" }).click();
    await page.getByText("Copied. Now paste it where it needs to go.").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await page.getByLabel("Message for #design-system-team-channel").inputValue());
  } finally {
    await context.close();
    server.stop();
  }
});

test("the email's addresses and subject copy on their own, addresses never split at a hyphen, and no stale “Copied”", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
    await declareIncident(page, server.url, TITLE);
    await openTask(page, "Inform stakeholders");
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await page.getByRole("button", { name: "Copy the addresses" }).click();
    await page.getByText("Copied.", { exact: true }).waitFor();
    assert.equal(await clipboard(), "dsp-incidents@digital.cabinet-office.gov.uk");
    await page.getByRole("button", { name: "Copy the subject" }).click();
    await page.waitForFunction(async () => (await navigator.clipboard.readText()).startsWith("Incident: "));
    assert.equal(await clipboard(), `Incident: ${TITLE}`);

    // At a phone's width the address breaks after its @ or not at all.
    await page.setViewportSize({ width: 320, height: 800 });
    const lines = await page.getByRole("definition").filter({ hasText: "dsp-incidents@" }).first().evaluate((dd) => {
      const text = [...dd.querySelectorAll(".app-unbroken")];
      return text.map((span) => new Set([...span.getClientRects()].map((r) => Math.round(r.top))).size);
    });
    assert.deepEqual(lines, [1, 1]);
    await assertAccessible(page, "inform stakeholders at 320 pixels");
    assert.deepEqual(await sidewaysScroll(page), []);

    // Copied, then sent: the box is written again and "Copied" goes.
    await page.getByRole("button", { name: "Copy message" }).click();
    await page.getByText("Copied. Now paste it where it needs to go.").waitFor();
    await page.getByRole("button", { name: "I have sent it" }).click();
    await page.getByRole("listitem").filter({ hasText: /^dsp-incidents@digital\.cabinet-office\.gov\.uk: / }).waitFor();
    await page.getByText("Copied. Now paste it where it needs to go.").waitFor({ state: "detached" });
  } finally {
    await context.close();
    server.stop();
  }
});

test("when the browser refuses to copy, the message is selected and the page says how to copy it", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException("Denied", "NotAllowedError"));
    });
    await declareIncident(page, server.url, TITLE);
    await openTask(page, "Tell the team");
    await page.getByRole("button", { name: "Copy message" }).click();
    await page.getByText("Your browser did not let Incident Desk copy the message, so it is selected for you.").waitFor();
    const selection = await page.evaluate(() => {
      const box = document.activeElement;
      return { label: box.labels?.[0]?.textContent, start: box.selectionStart, end: box.selectionEnd, length: box.value.length };
    });
    assert.equal(selection.label, "Message for #design-system-team-channel");
    assert.deepEqual([selection.start, selection.end], [0, selection.length]);
    assert.ok(selection.length > 0);
    await assertAccessible(page, "tell the team after a refused copy");
  } finally {
    await context.close();
    server.stop();
  }
});

test("a security incident's email also goes to the cyber-security team, and the page says why", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await declareIncident(page, server.url, TITLE);
    await openTask(page, "Start the report");
    await page.getByRole("group", { name: "Does it put the security of users or the team at risk?" })
      .getByRole("radio", { name: "Yes", exact: true }).check();
    await page.getByRole("button", { name: "Save and return to the incident" }).click();
    await page.getByRole("heading", { name: TITLE, level: 1 }).waitFor();
    await openTask(page, "Inform stakeholders");
    await page.getByText("This incident is security related, so the email also goes to the CO Digital cyber team (report@digital.cabinet-office.gov.uk).").waitFor();
    const email = await readMailto(page, "Open the email in your mail program");
    assert.deepEqual(email.to, ["dsp-incidents@digital.cabinet-office.gov.uk", "report@digital.cabinet-office.gov.uk"]);
    assert.equal(email.subject, `Incident: ${TITLE}`);
    assert.match(email.body, /This incident is security related, so the CO Digital cyber team is copied in\./);
  } finally {
    await context.close();
    server.stop();
  }
});

test("out of working hours the page says to mitigate and hand over, and the handover goes on the timeline", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    // 22:00 on a Saturday in London.
    await page.clock.setFixedTime(new Date("2026-03-14T22:00:00Z"));
    await declareIncident(page, server.url, TITLE);
    await openTask(page, "Tackle it and keep people updated");
    await page.getByText("It is outside working hours: Monday to Friday, 09:00 to 17:30 (Europe/London). Mitigate the harm now, then hand over rather than working on.").waitFor();
    await page.getByText(/Out-of-hours escalation is only for extreme P1 incidents\./).waitFor();
    await assertAccessible(page, "tackle it out of hours");
    await page.getByRole("button", { name: "Record the handover" }).click();
    const problems = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await problems.getByRole("link", { name: "Enter what happens next" }).waitFor();
    await page.getByLabel("What is known").fill("The CDN returns 503s for every page.");
    await page.getByLabel("What happens next").fill("Ask the CDN provider what changed.");
    await page.getByLabel("Who picks it up, and when").fill("Grace, 09:00 Monday");
    await page.getByRole("button", { name: "Record the handover" }).click();
    await page.getByRole("status").filter({ hasText: /^Saved at/ }).waitFor();
    await page.getByRole("link", { name: "Return to the incident overview" }).click();
    const entry = page.getByRole("listitem").filter({ hasText: "Handover note" });
    await entry.getByText(/What is known: The CDN returns 503s for every page\.\s+What happens next: Ask the CDN provider what changed\.\s+Who picks it up, and when: Grace, 09:00 Monday/).waitFor();

    // 10:00 on the Monday, British Summer Time not yet begun: working hours.
    await page.clock.setFixedTime(new Date("2026-03-16T10:00:00Z"));
    await page.reload();
    await openTask(page, "Tackle it and keep people updated");
    await page.getByText(/^Working hours are Monday to Friday, 09:00 to 17:30 \(Europe\/London\)\./).waitFor();
  } finally {
    await context.close();
    server.stop();
  }
});

test("a P1 update is due 30 minutes after the last one, and the overview says when it is overdue", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    // 09:00 UTC on 1 July is 10:00 in London (British Summer Time).
    await page.clock.setFixedTime(new Date("2026-07-01T09:00:00Z"));
    await declareIncident(page, server.url, TITLE);
    await openTask(page, "Decide severity");
    await page.getByRole("radio", { name: "P1" }).check();
    await page.getByRole("button", { name: "Save severity" }).click();
    await page.getByText("Next update due by 10:30 on Wednesday 1 July 2026 (Europe/London).").waitFor();

    await page.clock.setFixedTime(new Date("2026-07-01T09:45:00Z"));
    await page.reload();
    await page.getByText("An update was due by 10:30 on Wednesday 1 July 2026 (Europe/London).").waitFor();
    await page.getByRole("link", { name: "Send an update now" }).waitFor();
    await assertAccessible(page, "an overview with an overdue update");

    // Posting an update to the team restarts the clock.
    await openTask(page, "Tell the team");
    await page.getByRole("button", { name: "I have posted it" }).click();
    await page.getByRole("link", { name: "Return to the incident overview" }).click();
    await page.getByText("Next update due by 11:15 on Wednesday 1 July 2026 (Europe/London).").waitFor();
  } finally {
    await context.close();
    server.stop();
  }
});
