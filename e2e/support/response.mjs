// Steps of the response shared by the end-to-end tests, as a person would
// take them: by role and label.
import assert from "node:assert/strict";

/** The overview's task lists, the response and after it: task name → status text. */
export async function checklist(page) {
  const statuses = {};
  for (const first of ["Tell the team", "Hold the incident review"]) {
    const list = page.getByRole("list").filter({ has: page.getByText(first, { exact: true }) });
    for (const item of await list.getByRole("listitem").all()) {
      const [name, ...status] = (await item.innerText()).trim().split(/[\t\n]+/);
      statuses[name.trim()] = status.join(" ").trim();
    }
  }
  return statuses;
}

/** The statuses of the tasks after the incident, before it is resolved. */
export const NOT_YET_REVIEWED = {
  "Hold the incident review": "Cannot start yet",
  "Turn actions into GitHub issues": "Cannot start yet",
  "Close the incident": "Cannot start yet",
};

/** Opens a task from the overview and waits for its page. */
export async function openTask(page, name) {
  await page.getByRole("link", { name, exact: true }).click();
  await page.getByRole("heading", { name, level: 1 }).waitFor();
}

/** Back to the overview of the incident titled `title`. */
export async function backToOverview(page, title) {
  await page.getByRole("link", { name: "Back to the incident" }).click();
  await page.getByRole("heading", { name: title, level: 1 }).waitFor();
}

/** A task's status on the overview must read `expected`. */
export async function assertTask(page, name, expected) {
  const statuses = await checklist(page);
  assert.equal(statuses[name], expected, `status of “${name}” in ${JSON.stringify(statuses)}`);
}

/** Reads a link's href back with `new URL()` in the page, as a browser would. */
export async function readMailto(page, linkName) {
  const href = await page.getByRole("link", { name: linkName }).getAttribute("href");
  return page.evaluate((href) => {
    const url = new URL(href);
    return {
      protocol: url.protocol,
      to: decodeURIComponent(url.pathname).split(","),
      subject: url.searchParams.get("subject"),
      body: url.searchParams.get("body"),
      fields: [...url.searchParams.keys()],
    };
  }, href);
}

/** Fills in the review page's “When was the review held?”: an hour ago. */
export async function fillReviewHeldAnHourAgo(page) {
  const held = page.getByRole("group", { name: "When was the review held?" });
  const now = new Date(Date.now() - 60 * 60 * 1000);
  await held.getByLabel("Day").fill(String(now.getDate()));
  await held.getByLabel("Month").fill(String(now.getMonth() + 1));
  await held.getByLabel("Year").fill(String(now.getFullYear()));
  await held.getByLabel("Hour").fill(String(now.getHours()).padStart(2, "0"));
  await held.getByLabel("Minute").fill(String(now.getMinutes()).padStart(2, "0"));
}
