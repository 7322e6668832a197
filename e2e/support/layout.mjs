// What a reader sees of the page's layout: words, dates and times broken
// across lines, and content wider than the box it sits in.

/**
 * Every word, date or time in the main content's cells, list items and
 * summary values that the browser drew on more than one line, and every
 * cell whose content is wider than the cell. Breaks at spaces, after
 * hyphens and at the slashes of an address are a line's own breaks, so a
 * word here is what lies between them.
 */
export async function brokenText(page) {
  return page.getByRole("main").evaluate((main) => {
    const problems = [];
    const lines = (node, start, end) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
      return new Set(tops).size;
    };
    const blocks = main.querySelectorAll("td, th, li, dt, dd, h3");
    for (const block of blocks) {
      if (!block.checkVisibility()) continue;
      if (block.scrollWidth > block.clientWidth + 1) {
        problems.push(`wider than its cell (${block.scrollWidth} > ${block.clientWidth}): ${block.textContent.slice(0, 60)}`);
      }
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement.checkVisibility()) continue;
        const patterns = [/\d{1,2} [A-Z][a-z]+ \d{4}/g, /\d\d:\d\d/g, /[^\s/\-–]+/g];
        for (const pattern of patterns) {
          for (const match of node.data.matchAll(pattern)) {
            const count = lines(node, match.index, match.index + match[0].length);
            if (count > 1) problems.push(`“${match[0]}” on ${count} lines in: ${block.textContent.slice(0, 60)}`);
          }
        }
      }
    }
    return [...new Set(problems)];
  });
}

/** Whether the page, or any box in it, scrolls sideways. */
export async function sidewaysScroll(page) {
  return page.evaluate(() => {
    const found = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`the page: ${root.scrollWidth} > ${root.clientWidth}`);
    for (const element of document.querySelectorAll("main *")) {
      // A visually hidden element (for screen readers) is clipped to a pixel.
      const hidden = element.clientWidth <= 1;
      if (!hidden && element.checkVisibility() && element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== "visible") {
        found.push(`${element.tagName.toLowerCase()}: ${element.scrollWidth} > ${element.clientWidth}`);
      }
    }
    return found;
  });
}
