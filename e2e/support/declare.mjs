// Declaring an incident through the form, as the flows that start from one need.
export async function declareIncident(page, baseUrl, title) {
  await page.goto(`${baseUrl}#/incidents/new`);
  await page.getByLabel("Your name").fill("Ada Lovelace");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Summary").fill("Testing what happens when things go wrong.");
  await page.getByRole("radio", { name: "No", exact: true }).check();
  await page.getByRole("button", { name: "Declare incident" }).click();
  await page.getByRole("heading", { name: title, level: 1 }).waitFor();
  return page.url();
}
