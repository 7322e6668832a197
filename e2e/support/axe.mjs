// Runs axe-core against the current page for WCAG 2.2 AA, and explains any violation.
import { AxeBuilder } from "@axe-core/playwright";
import assert from "node:assert/strict";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export async function assertAccessible(page, where) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const described = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
  );
  assert.deepEqual(described, [], `axe found accessibility problems on ${where}`);
}
