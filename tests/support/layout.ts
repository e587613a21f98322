/**
 * Where things are drawn in a page, for browser tests of a layout that must mirror in Arabic: which side
 * of a control its label sits on, where a text's first letter is, whether a drawing's texts collide.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

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

/**
 * The shown elements that stick out of the window sideways, outside any scrolling box. scrollWidth alone
 * misses half of them: what passes the end of the line cannot be scrolled to, so it does not count, and in
 * Arabic that end is the left.
 */
export function elementsOutsideWindow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const inScrollingBox = (element: Element) => {
      for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
        if (getComputedStyle(box).overflowX !== 'visible') return true;
      }
      return false;
    };
    return [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const { left, right, width: w, height: h } = element.getBoundingClientRect();
        if (w === 0 || h === 0 || (left >= -1 && right <= width + 1)) return false;
        return getComputedStyle(element).visibility !== 'hidden' && !inScrollingBox(element);
      })
      .map((element) => {
        const { left, right } = element.getBoundingClientRect();
        return `${element.tagName.toLowerCase()}.${element.className} (${Math.round(left)}–${Math.round(right)})`;
      });
  });
}

/** `first` comes before `second` in the reading order: to its left left to right, to its right in Arabic. */
export async function expectReadingOrder(dir: 'ltr' | 'rtl', first: Locator, second: Locator, what: string) {
  const [a, b] = [await centreOf(first), await centreOf(second)];
  if (dir === 'rtl') expect(a, `${what}: mirrored right to left`).toBeGreaterThan(b);
  else expect(a, what).toBeLessThan(b);
}

/** What a page says of itself: its language, direction, width and visible text. */
export function pageFacts(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    width: document.documentElement.scrollWidth,
    text: document.body.innerText,
  }));
}
