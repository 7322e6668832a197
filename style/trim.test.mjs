// The stylesheet trimming keeps every rule a class the app writes can match.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { classesFromParts, trim, wordsIn } from "./trim.mjs";

function source(text) {
  const file = join(mkdtempSync(join(tmpdir(), "incident-desk-trim-")), "page.rs");
  writeFileSync(file, text);
  return file;
}

const words = wordsIn([source(`view! { <a class="govuk-link govuk-tag--red" href="/"> }`)]);

test("rules for classes the app never writes go; the rest stay as they were", () => {
  const css =
    ".govuk-link{color:blue}.govuk-link--inverse{color:white}" +
    ".govuk-tag--red,.govuk-tag--teal{color:red}" +
    ".govuk-link--muted .govuk-link{color:grey}";
  assert.equal(trim(css, words), ".govuk-link{color:blue}.govuk-tag--red{color:red}");
});

test("print addresses, pseudo-classes and selectors without classes stay", () => {
  const css =
    '@media print{[href^="/"].govuk-link::after{content:" (" attr(href) ")"}}' +
    ".govuk-link:focus:not(:active){outline:0}a:hover{color:red}";
  assert.equal(trim(css, words), css);
});

test("a class named only inside :not() is not needed, and :is() or :has() always stays", () => {
  const css =
    ".govuk-link:not(.govuk-frontend-supported){display:block}" +
    ":is(.govuk-unused){color:red}.govuk-unused:has(a){color:blue}";
  assert.equal(trim(css, words), css);
});

test("an at-rule left empty goes; keyframes stay", () => {
  const css = "@media print{.govuk-unused{display:none}}@keyframes spin{to{color:red}}";
  assert.equal(trim(css, words), "@keyframes spin{to{color:red}}");
});

test("a class made from parts is refused, since trimming cannot see it", () => {
  const file = source('let class = format!("govuk-tag--{}", colour);\nlet fine = "govuk-tag--red";');
  assert.deepEqual(classesFromParts([file]), [`${file}: govuk-tag--`]);
});
