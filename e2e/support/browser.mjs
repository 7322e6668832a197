// Headless Debian Chromium driven by playwright-core, in a fresh profile,
// recording every request the page makes.
import { chromium } from "playwright-core";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A fresh browser; `timezoneId` sets its time zone (such as "Europe/London"). */
export async function openBrowser({ timezoneId } = {}) {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "incident-desk-profile-")), {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    ...(timezoneId ? { timezoneId } : {}),
  });
  // Every Content-Security-Policy violation in any page fails the test, when
  // the test closes the browser: the policy must never need loosening.
  const violations = [];
  await context.exposeBinding("incidentDeskViolation", (_source, text) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      window.incidentDeskViolation(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} in ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  const close = context.close.bind(context);
  context.close = async () => {
    await close();
    assert.deepEqual(violations, [], "Content-Security-Policy violations");
  };
  const page = context.pages()[0] ?? (await context.newPage());
  const requests = [];
  const errors = [];
  context.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} for ${response.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return { context, page, requests, errors };
}

/** Every request that went anywhere but `origin` (data: URLs stay in the page). */
export function foreignRequests(requests, origin) {
  return requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:"));
}
