/**
 * Where things are drawn in a page, for browser tests of a layout that must mirror in Arabic: which side
 * of a control its label sits on, where a text's first letter is, whether a drawing's texts collide.
 */
import type { Locator } from 'playwright-core';

/** The horizontal centre of an element, from the left of the window. */
export async function centreOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} is not shown`);
  return box.x + box.width / 2;
}

/** Where the first and the last character of an element's text are drawn, from the left of the window. */
export function charEdges(locator: Locator): Promise<{ first: number; last: number }> {
  return locator.evaluate((element) => {
    const text = document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode() as Text;
    const range = document.createRange();
    const x = (i: number) => {
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect().x;
    };
    return { first: x(0), last: x(text.length - 1) };
  });
}

/** The texts of a drawing that run into one another, as "a | b". */
export function overlappingTexts(drawing: Locator): Promise<string[]> {
  return drawing.evaluate((svg) => {
    const texts = [...svg.querySelectorAll('text')].map((t) => ({
      text: t.textContent,
      box: t.getBoundingClientRect(),
    }));
    return texts.flatMap((a, i) =>
      texts
        .slice(i + 1)
        .filter(({ box: b }) => a.box.left < b.right - 1 && b.left < a.box.right - 1)
        .filter(({ box: b }) => a.box.top < b.bottom - 1 && b.top < a.box.bottom - 1)
        .map((b) => `${a.text} | ${b.text}`),
    );
  });
}

/** The left and right of the text an element holds (not of its box, which a block stretches to its line). */
export function textExtent(locator: Locator): Promise<{ left: number; right: number }> {
  return locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const { left, right } = range.getBoundingClientRect();
    return { left, right };
  });
}
