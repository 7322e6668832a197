// A security incident looks like one: tagged on the overview, the register
// and the report, and the team is told not to share its details in public.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serveDist } from "./support/server.mjs";
import { openBrowser } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";
import { openTask } from "./support/response.mjs";

const TITLE = "Deploy key leaked";

test("a security incident is tagged wherever it is shown, and the team message warns about public channels", async () => {
  const server = await serveDist();
  const { context, page, errors } = await openBrowser();
  try {
    await page.goto(`${server.url}#/incidents/new`);
    await page.getByLabel("Your name").fill("Ada Lovelace");
    await page.getByLabel("Title").fill(TITLE);
    await page.getByLabel("Summary").fill("A deploy key was pasted in a public issue.");
    await page.getByRole("radio", { name: "Yes", exact: true }).check();
    await page.getByRole("button", { name: "Declare incident" }).click();
    await page.getByRole("heading", { name: TITLE, level: 1 }).waitFor();
    await page.getByRole("main").getByText("Security", { exact: true }).first().waitFor();
    await assertAccessible(page, "a security incident's overview");

    await openTask(page, "Tell the team");
    const message = await page.getByLabel("Message for #design-system-team-channel").inputValue();
    assert.match(message, /\nSecurity related: do not share its details in public channels or outside the team\.\n/);

    await page.goto(`${server.url}#/`);
    const row = page.getByRole("row").filter({ hasText: TITLE });
    await row.getByText("Security", { exact: true }).waitFor();

    await row.getByRole("link", { name: TITLE }).click();
    await page.getByRole("link", { name: "Read, download or print the report" }).click();
    await page.getByRole("heading", { name: "Timeline", exact: true }).waitFor();
    await page.getByRole("main").getByText("Security", { exact: true }).waitFor();
    await page.getByText("Security related: Yes").waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.stop();
  }
});

test("an incident that is not about security has no security tag", async () => {
  const server = await serveDist();
  const { context, page } = await openBrowser();
  try {
    await page.goto(`${server.url}#/incidents/new`);
    await page.getByLabel("Your name").fill("Ada Lovelace");
    await page.getByLabel("Title").fill("Search is slow");
    await page.getByLabel("Summary").fill("Search takes ten seconds.");
    await page.getByRole("radio", { name: "No", exact: true }).check();
    await page.getByRole("button", { name: "Declare incident" }).click();
    await page.getByRole("heading", { name: "Search is slow", level: 1 }).waitFor();
    assert.equal(await page.getByRole("main").getByText("Security", { exact: true }).count(), 0);
  } finally {
    await context.close();
    server.stop();
  }
});
