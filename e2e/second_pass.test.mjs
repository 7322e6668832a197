// The response as a new user meets it: the first screen after declaring,
// the final round of messages, the process's own documents, security
// actions waiting for their repository, a closed review as a record, and
// update reminders in the background.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serveDist } from "./support/server.mjs";
import { openBrowser } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";
import { declareIncident } from "./support/declare.mjs";
import { assertTask, backToOverview, openTask } from "./support/response.mjs";

const TITLE = "Testing what happens when things go wrong";

/** Whether the element is wholly inside the first screen, unscrolled. */
async function inFirstScreen(page, locator) {
  const box = await locator.boundingBox();
  const { height } = page.viewportSize();
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

for (const [name, viewport] of [["desktop", { width: 1280, height: 800 }], ["phone", { width: 375, height: 667 }]]) {
  test(`the first screen after declaring shows what to do next, on a ${name}`, async () => {
    const server = await serveDist();
    const { context, page } = await openBrowser();
    try {
      await page.setViewportSize(viewport);
      await declareIncident(page, server.url, TITLE);
      await page.evaluate(() => window.scrollTo(0, 0));
      const first = {
        title: page.getByRole("heading", { name: TITLE, level: 1 }),
        status: page.getByText("Active", { exact: true }).first(),
        next: page.getByRole("link", { name: "Next: Tell the team" }),
        update: page.getByText(/^Next update due: decide the severity to know when\.$/),
      };
      for (const [what, locator] of Object.entries(first)) {
        assert.ok(await inFirstScreen(page, locator), `${what} is on the first screen at ${viewport.width}×${viewport.height}`);
      }
      // The default process is past its review date: said on the register, not here.
      assert.equal(await page.getByRole("region", { name: "Process review due" }).count(), 0);
      assert.doesNotMatch(await page.locator("main").innerText(), /\d{8}-\d{4}-\d{16}/, "no long id on the page");
      // The name asked on the declare form is shown, and changeable, in the header.
      await page.getByText("Changes are recorded as Ada Lovelace").click();
      await page.getByLabel("Name your changes are recorded under").fill("Grace Hopper");
      await page.getByText("Changes are recorded as Grace Hopper").waitFor();
      await assertAccessible(page, `the first screen on a ${name}`);
      await page.getByRole("link", { name: "Incident Desk" }).click();
      await page.getByRole("region", { name: "Process review due" }).waitFor();
    } finally {
      await context.close();
      server.stop();
    }
  });
}

test("once mitigated and once resolved, everyone told before is told again, and what was said is kept", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await declareIncident(page, server.url, TITLE);
    await openTask(page, "Tell the team");
    await page.getByRole("button", { name: "I have posted it" }).click();
    const recorded = page.getByRole("status").filter({ hasText: /^Recorded as sent to #design-system-team-channel at \d\d:\d\d\. Next: / });
    await recorded.getByRole("link", { name: "Form the incident team" }).waitFor();
    await backToOverview(page, TITLE);

    await openTask(page, "Tackle it and keep people updated");
    await page.getByRole("radio", { name: "Mitigated" }).check();
    await page.getByRole("button", { name: "Change status" }).click();
    await page.getByText("The incident is mitigated. What is its status now?").waitFor();
    await backToOverview(page, TITLE);
    await assertTask(page, "Tell the team it is mitigated", "Not yet started");

    await openTask(page, "Tell the team it is mitigated");
    const message = page.getByLabel("Message for #design-system-team-channel");
    assert.match(await message.inputValue(), /^Mitigated: Testing what happens when things go wrong\n\nStatus: Mitigated \(the harm to users is contained; the fix is still to come\)/);
    await message.fill(`${await message.inputValue()}\nSaid by hand.`);
    await page.getByRole("button", { name: "I have posted it" }).click();
    await recorded.waitFor();
    await assertAccessible(page, "the final round's team message");
    await backToOverview(page, TITLE);
    await assertTask(page, "Tell the team it is mitigated", "Completed");
    await page.getByText(/Said by hand\./).first().waitFor();

    await openTask(page, "Confirm it is resolved");
    await page.getByRole("radio", { name: "Yes", exact: true }).check();
    await page.getByLabel("What removed it?").fill("Restored the origin's health check.");
    await page.getByRole("button", { name: "Mark as resolved" }).click();
    await page.getByText(/^Resolved .* by Ada Lovelace: Restored the origin's health check\.$/).waitFor();
    await backToOverview(page, TITLE);
    await assertTask(page, "Tell the team it is resolved", "Not yet started");
    assert.equal(await page.getByRole("link", { name: "Tell the team it is mitigated" }).count(), 0);
    await openTask(page, "Tell the team it is resolved");
    const resolved = await page.getByLabel("Message for #design-system-team-channel").inputValue();
    assert.match(resolved, /^Resolved: /);
    assert.match(resolved, /What fixed it: Restored the origin's health check\./);
    assert.match(resolved, /No more updates will follow in this thread\./);
    await page.getByRole("button", { name: "Mark as not needed" }).waitFor({ state: "hidden" });
    await page.getByText("We do not need to tell the team").click();
    await page.getByLabel("Why is it not needed?").fill("Everyone was on the call when it was fixed.");
    await page.getByRole("button", { name: "Mark as not needed" }).click();
    await backToOverview(page, TITLE);
    await assertTask(page, "Tell the team it is resolved", "Not needed");

    await page.getByRole("link", { name: "Read, download or print the report" }).click();
    await page.getByRole("heading", { name: "What was said" }).waitFor();
    await page.getByText(/Said by hand\./).first().waitFor();
  } finally {
    await context.close();
    server.stop();
  }
});

test("the process's documents are linked where it mentions them, and a security action waits for its repository", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await declareIncident(page, server.url, TITLE);
    await openTask(page, "Start the report");
    const folder = page.getByRole("link", { name: "incidents folder (opens in new tab)" });
    assert.equal(await folder.getAttribute("href"), "https://drive.google.com/drive/u/0/folders/1plXDUGFIoyzWubWNC9J_IjMiEN8eh9pO");
    await backToOverview(page, TITLE);
    await openTask(page, "Inform stakeholders");
    assert.equal(
      await page.getByRole("link", { name: "what counts as one (opens in new tab)" }).getAttribute("href"),
      "https://www.ncsc.gov.uk/section/about-ncsc/incident-management",
    );
    await page.getByRole("link", { name: "incident management document describes (opens in new tab)" }).waitFor();

    // Settings refuse a document that is not an https address.
    await page.goto(`${server.url}#/settings`);
    await page.getByLabel("Incidents folder").fill("javascript:alert(1)");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByRole("link", { name: "Enter the address of the incidents folder as a full address starting https://" }).waitFor();
    await page.getByText("your team’s own choice: the written process does not set it").waitFor();
  } finally {
    await context.close();
    server.stop();
  }
});

test("update reminders come as notifications in the background, with permission asked from a click", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    // Count the notifications the page shows.
    await context.addInitScript(() => {
      const Real = window.Notification;
      window.shownNotifications = [];
      window.Notification = class extends Real {
        constructor(title, options) {
          super(title, options);
          window.shownNotifications.push({ title, body: options?.body });
        }
      };
    });
    await page.clock.install({ time: new Date("2026-07-01T09:00:00Z") });
    await declareIncident(page, server.url, TITLE);
    await openTask(page, "Decide severity");
    await page.getByRole("radio", { name: /^P2/ }).check();
    await page.getByRole("button", { name: "Save severity" }).click();
    await page.getByRole("heading", { name: TITLE, level: 1 }).waitFor();
    await openTask(page, "Tackle it and keep people updated");
    await page.getByText(/nothing is sent anywhere/).waitFor();
    // Never asked on load: only the person's click asks.
    assert.equal(await page.evaluate(() => Notification.permission), "default");
    await context.grantPermissions(["notifications"], { origin: server.origin });
    await page.getByRole("button", { name: "Turn on update reminders" }).click();
    await page.getByText("Update reminders are on in this browser.").waitFor();

    // An hour's cadence: the reminder 10 minutes before, then once overdue, each once.
    const shown = () => page.evaluate(() => window.shownNotifications);
    await page.clock.runFor("40:00");
    assert.deepEqual(await shown(), []);
    await page.clock.runFor("12:00");
    assert.equal((await shown()).length, 1);
    assert.match((await shown())[0].title, /^An update is due by 11:00 on Wednesday 1 July 2026 \(Europe\/London\)$/);
    assert.equal((await shown())[0].body, `${TITLE}. Tell the team and stakeholders how it is going.`);
    await page.clock.runFor("10:00");
    assert.equal((await shown()).length, 2);
    assert.match((await shown())[1].title, /^An update is overdue: it was due by 11:00/);
    await page.clock.runFor("10:00");
    assert.equal((await shown()).length, 2, "each reminder is shown once");
  } finally {
    await context.close();
    server.stop();
  }
});
