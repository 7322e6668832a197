// The accessibility statement, in the GOV.UK pattern, from every page's footer.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serveDist } from "./support/server.mjs";
import { openBrowser } from "./support/browser.mjs";
import { assertAccessible } from "./support/axe.mjs";

test("the accessibility statement is linked from every page's footer and names who to tell", async () => {
  const server = await serveDist();
  const { context, page, errors } = await openBrowser();
  try {
    await page.goto(server.url);
    await page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" }).click();
    await page.getByRole("heading", { name: "Accessibility statement for Incident Desk", level: 1 }).waitFor();
    assert.equal(await page.title(), "Accessibility statement – Incident Desk");
    for (const heading of [
      "How accessible Incident Desk is",
      "Reporting accessibility problems",
      "Enforcement procedure",
      "How we tested Incident Desk",
    ]) {
      await page.getByRole("heading", { name: heading }).waitFor();
    }
    await page.getByText("Tell the GOV.UK Design System team in #design-system-team-channel.").waitFor();
    await assertAccessible(page, "the accessibility statement");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.stop();
  }
});
