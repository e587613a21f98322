import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** Evaluated through the DevTools protocol, which the app's Content-Security-Policy rightly does not allow a script tag. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.0 and 2.1 A and AA rules, as axe-core tags them. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeViolation {
  id: string;
  nodes: { target: unknown[] }[];
}

/** axe-core's WCAG 2.1 AA violations on the page as it is now, each as "rule: first element". */
export async function wcagViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: unknown }> } })
      .axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations as AxeViolation[];
  }, WCAG_21_AA);
  return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes[0]?.target)} (${String(v.nodes.length)})`);
}

/** The page's width, and the smallest chart text as drawn on screen (its font size times the SVG's scale). */
export async function layoutAtWidth(page: Page): Promise<{ width: number; smallestChartText: number | null }> {
  return page.evaluate(() => {
    const sizes = [...document.querySelectorAll('main svg text')]
      .filter((t) => t.textContent.trim() !== '' && t.getClientRects().length > 0)
      .map((t) => {
        const matrix = (t as SVGGraphicsElement).getScreenCTM();
        const scale = matrix ? matrix.a : 1;
        return parseFloat(getComputedStyle(t).fontSize) * Math.abs(scale);
      });
    return {
      width: document.documentElement.scrollWidth,
      smallestChartText: sizes.length > 0 ? Math.min(...sizes) : null,
    };
  });
}
