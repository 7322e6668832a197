// Triage: what is not an incident is recorded and kept apart; what might be
// one can still be declared, with the answers carried over.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serveDist } from "./support/server.mjs";
import { openBrowser, foreignRequests } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";

async function answerTriage(page, serverUrl, signals, urgency) {
  await page.goto(`${serverUrl}#/triage`);
  await page.getByRole("heading", { name: "Is this an incident?", level: 1 }).waitFor();
  for (const signal of signals) await page.getByLabel(signal).check();
  await page.getByLabel(urgency).check();
  await page.getByRole("button", { name: "Continue" }).click();
}

test("a problem that can wait is recorded as not an incident, with its reason, and listed apart", async () => {
  const server = await serveDist();
  const { context, page, requests, errors } = await openBrowser();
  try {
    await answerTriage(page, server.url, ["The reputation of the design system, or of services that use it, is at risk"], "It can wait: the service can keep running securely with it");
    await page.getByRole("heading", { name: "This is probably not an incident", level: 1 }).waitFor();
    await assertAccessible(page, "the probably-not result");
    await page.getByRole("button", { name: "Record it as not an incident" }).click();

    await page.getByRole("heading", { name: "Record it as not an incident", level: 1 }).waitFor();
    await page.getByRole("button", { name: "Save the record" }).click();
    const problems = page.getByRole("alert").filter({ hasText: "There is a problem" });
    for (const message of ["Enter your name", "Enter a title", "Enter a summary of what is happening", "Enter why it is not an incident"]) {
      await problems.getByRole("link", { name: message }).waitFor();
    }
    await assertAccessible(page, "the not-an-incident form with errors");
    await page.getByLabel("Your name").fill("Ada Lovelace");
    await page.getByLabel("Title").fill("Typo on the cookies page");
    await page.getByLabel("What did you see?").fill("The cookies page says “cokies”.");
    await page.getByLabel("Why is it not an incident?").fill("Wrong text only: fix it in the next release.");
    await page.getByRole("button", { name: "Save the record" }).click();

    await page.getByRole("heading", { name: "Typo on the cookies page", level: 1 }).waitFor();
    await page.getByText("Not an incident", { exact: true }).first().waitFor();
    await page.getByText("Wrong text only: fix it in the next release.").first().waitFor();
    await page.getByText("Probably not an incident").waitFor();
    await assertAccessible(page, "a not-an-incident record");

    await page.getByRole("link", { name: "Incident Desk" }).click();
    await page.getByRole("heading", { name: "Looked at, and not incidents" }).waitFor();
    await page.getByRole("link", { name: "Typo on the cookies page" }).waitFor();
    assert.equal(await page.getByRole("table").count(), 0, "the incidents table lists no incident");
    await assertAccessible(page, "the register with a not-an-incident record");

    // After a reload, it is still there and still apart.
    await page.reload();
    await page.getByRole("link", { name: "Typo on the cookies page" }).waitFor();
    assert.deepEqual(foreignRequests(requests, server.origin), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.stop();
  }
});

test("a security problem can be declared against the advice, and the security question is answered", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await answerTriage(page, server.url, ["The security of users or of the team is at risk, or has been breached"], "It can wait: the service can keep running securely with it");
    await page.getByRole("heading", { name: "This is probably not an incident", level: 1 }).waitFor();
    await page.getByRole("link", { name: "declare an incident" }).click();
    await page.getByText("From triage: security is at risk. It can wait.").waitFor();
    const security = page.getByRole("group", { name: "Does it put the security of users or the team at risk?" });
    assert.equal(await security.getByRole("radio", { name: "Yes", exact: true }).isChecked(), true);

    // Going back keeps the answers.
    await page.getByRole("link", { name: "Back" }).click();
    await page.getByRole("link", { name: "Change signs of an incident" }).click();
    assert.equal(await page.getByLabel("The security of users or of the team is at risk, or has been breached").isChecked(), true);

    // Skipping triage goes straight to the form.
    await page.getByRole("link", { name: "Skip triage and declare an incident" }).click();
    await page.getByRole("heading", { name: "Declare an incident", level: 1 }).waitFor();
    assert.equal(await page.getByText(/^From triage/).count(), 0);
  } finally {
    await context.close();
    server.stop();
  }
});
