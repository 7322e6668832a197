// Drops the compiled rules for GOV.UK classes the app never uses: its
// components and core bring every variant (grid widths, link styles, the
// file upload's script-made button), and the frame's stylesheet holds up
// the first paint. A rule stays unless one of the classes it needs is
// nowhere in the app's sources; a class named only inside `:not()` needs
// nothing, and a selector with `:is()`, `:where()` or `:has()` always stays.
import postcss from "postcss";
import { readFileSync } from "node:fs";

/** Every word in `files`: a class the app writes is one of them. */
export function wordsIn(files) {
  return new Set(files.flatMap((file) => readFileSync(file, "utf8").match(/[A-Za-z0-9_!-]+/g) ?? []));
}

/** A class the app makes from parts (`"govuk-tag--{}"`) would not be seen,
 * and its rules dropped: refuse such a source. */
export function classesFromParts(files) {
  return files.flatMap((file) =>
    (readFileSync(file, "utf8").match(/\b(?:govuk|app)-[a-z0-9_-]*[-_](?=["{])/g) ?? []).map((part) => `${file}: ${part}`),
  );
}

/** `css` without the rules only classes missing from `words` would match. */
export function trim(css, words) {
  const needed = (selector) => {
    if (/:(?:is|where|has)\(/.test(selector)) return true;
    const outsideNot = selector.replace(/:not\((?:[^()]|\([^()]*\))*\)/g, "");
    const classes = outsideNot.match(/\.(?:\\.|[A-Za-z0-9_-])+/g) ?? [];
    return classes.every((name) => words.has(name.slice(1).replace(/\\(.)/g, "$1")));
  };
  const sheet = postcss.parse(css);
  sheet.walkRules((rule) => {
    if (rule.parent?.type === "atrule" && rule.parent.name.endsWith("keyframes")) return;
    const kept = rule.selectors.filter(needed);
    if (kept.length === 0) rule.remove();
    else rule.selectors = kept;
  });
  sheet.walkAtRules((atRule) => {
    if (atRule.nodes?.length === 0) atRule.remove();
  });
  return sheet.toString();
}
