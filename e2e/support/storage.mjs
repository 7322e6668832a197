// Filling and emptying this origin's storage, and adding a note, for the
// tests of what happens when storage is full or tabs compete.
import assert from "node:assert/strict";

/** Fills this origin's localStorage until the browser refuses more. */
export async function fillStorage(page) {
  const keys = await page.evaluate(() => {
    const keys = [];
    for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 8, 1 << 4]) {
      const chunk = "x".repeat(size);
      for (;;) {
        const key = `filler/${keys.length}`;
        try {
          localStorage.setItem(key, chunk);
          keys.push(key);
        } catch {
          break;
        }
      }
    }
    return keys;
  });
  assert.ok(keys.length > 0, "storage never filled up");
  return keys;
}

export async function emptyStorage(page, keys) {
  await page.evaluate((keys) => keys.forEach((key) => localStorage.removeItem(key)), keys);
}

export async function addNote(page, text) {
  await page.getByLabel("What happened?").fill(text);
  await page.getByRole("button", { name: "Add to timeline" }).click();
}

/** The stored format this version writes (`STORE_FORMAT`). */
export const STORE_FORMAT = 6;

/** The incident as saved. The stored format keeps all but the timeline under
 * `incident`, and each timeline entry as an array with its text fourth. */
export async function savedIncident(page, incidentId) {
  const raw = await page.evaluate((id) => localStorage.getItem(`incident-desk/v1/incident/${id}`), incidentId);
  const saved = JSON.parse(raw);
  assert.equal(saved.schema_version, STORE_FORMAT, "saved in the current format");
  return { ...saved.incident, timelineTexts: saved.timeline.entries.map((entry) => entry[3]) };
}

/** The texts of the incident's timeline entries, as saved. */
export async function savedNotes(page, incidentId) {
  return (await savedIncident(page, incidentId)).timelineTexts;
}
