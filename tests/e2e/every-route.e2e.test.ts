/**
 * Every page of the BUILT app, signed in as the demo analyst, in the system's Chromium:
 * - in English, French, Spanish and Arabic at 1400 px: the page says its language and direction, the
 *   navigation reads in that language, nothing overflows, and axe-core finds no WCAG 2.1 AA violation;
 * - at 390 px (a phone): the page never scrolls sideways and chart text is at least 11 px on screen.
 * Screenshots land in tests/artifacts/route-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness, type AppProcess } from '../support/app-process.js';
import { openBrowser, signInWithDemoAccount, type BrowserSession } from '../support/browser.js';
import { layoutAtWidth, wcagViolations } from '../support/accessibility.js';

/** The overview's navigation label in each language, as its dictionary has it. */
const NAV_OVERVIEW = { en: 'Overview', fr: 'Vue d’ensemble', es: 'Visión general', ar: 'نظرة عامة' } as const;
type Lang = keyof typeof NAV_OVERVIEW;
const LANGS = Object.keys(NAV_OVERVIEW) as Lang[];
/** The smallest chart text a phone reader can still read, in CSS pixels (rounding aside). */
const MIN_CHART_TEXT_PX = 10.95;

const harness = new AppHarness();
let app: AppProcess;
let browser: BrowserSession | undefined;
let page: Page;
let routes: (readonly [string, string])[] = [];
let loginViolations: string[] = [];

/** The demo's ids that some addresses need, read with the signed-in session. */
async function demoIds(): Promise<{ assessment: string; operation: string }> {
  return page.evaluate(async () => {
    const json = async <T>(url: string) => (await fetch(url)).json() as Promise<T>;
    const { assessments } = await json<{ assessments: { id: string }[] }>('/api/assessments?country=FRA');
    const { operations } = await json<{ operations: { id: string }[] }>('/api/operations?limit=1');
    return { assessment: assessments[0]?.id ?? 'none', operation: operations[0]?.id ?? 'none' };
  });
}

function everyRoute(ids: { assessment: string; operation: string }): (readonly [string, string])[] {
  return [
    ['overview', '/'],
    ['compare', '/compare'],
    ['compare-countries', '/countries/compare?c=FRA,DEU,KEN'],
    ['map', '/map'],
    ['gaps', '/gaps'],
    ['methodology', '/methodology'],
    ['methodology-guide', '/help/methodology'],
    ['profile', '/countries/FRA'],
    ['report', '/countries/FRA/report'],
    ['action-plan', '/countries/FRA/plan'],
    ['action-plans', '/action-plans'],
    ['assessments', '/assessments'],
    ['assessment', `/assessments/${ids.assessment}`],
    ['history', `/assessments/${ids.assessment}/history`],
    ['review', '/review'],
    ['import', '/import'],
    ['operations', '/operations'],
    ['operation', `/operations/${ids.operation}`],
    ['operations-import', '/operations/import'],
    ['operations-dashboard', '/operations/dashboard'],
    ['maturity-vs-outcomes', '/operations/maturity-vs-outcomes'],
    ['instruments', '/instruments'],
    ['instruments-dashboard', '/instruments/dashboard'],
    ['groupings', '/groupings'],
  ];
}

beforeAll(async () => {
  app = await harness.start({ demoData: true });
  browser = await openBrowser(harness);
  page = browser.page;
  await page.goto(`${app.baseUrl}/login?lang=en`);
  await page.locator('main h1').first().waitFor();
  loginViolations = await wcagViolations(page);
  await signInWithDemoAccount(page, 'analyst@demo.example.org');
  routes = everyRoute(await demoIds());
});

afterAll(async () => {
  await browser?.close();
  await harness.cleanup();
});

/** Opens a page in a language at a width and waits for it to settle. */
async function open(path: string, lang: Lang, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 1000 });
  const separator = path.includes('?') ? '&' : '?';
  await page.goto(`${app.baseUrl}${path}${separator}lang=${lang}`);
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .loading-state'));
}

async function languageOf(): Promise<{ lang: string; dir: string; navTexts: (string | null)[] }> {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    navTexts: [...document.querySelectorAll('header nav a')].map((a) => a.textContent),
  }));
}

/** Each page at 1400 px in a language: its language, direction and navigation, and its axe violations. */
async function checkAtDesktop(lang: Lang): Promise<Record<string, string[]>> {
  const violations: Record<string, string[]> = {};
  for (const [name, path] of routes) {
    await open(path, lang, 1400);
    const seen = await languageOf();
    expect(seen.lang, name).toBe(lang);
    expect(seen.dir, name).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect((await layoutAtWidth(page)).width, name).toBeLessThanOrEqual(1400);
    if (name !== 'report') expect(seen.navTexts, name).toContain(NAV_OVERVIEW[lang]);
    const found = await wcagViolations(page);
    if (found.length > 0) violations[name] = found;
    await browser?.screenshot(`route-${name}-${lang}-1400.png`);
  }
  return violations;
}

/** Each page at 390 px: the pages wider than the screen, and those with chart text under 11 px. */
async function checkOnPhone(lang: Lang) {
  const tooWide: Record<string, number> = {};
  const smallText: Record<string, number> = {};
  for (const [name, path] of routes) {
    await open(path, lang, 390);
    const layout = await layoutAtWidth(page);
    await browser?.screenshot(`route-${name}-${lang}-390.png`);
    if (layout.width > 390) tooWide[name] = layout.width;
    if (layout.smallestChartText !== null && layout.smallestChartText < MIN_CHART_TEXT_PX)
      smallText[name] = layout.smallestChartText;
  }
  return { tooWide, smallText };
}

describe('every page in English, French, Spanish and Arabic, at 1400 px', () => {
  it('starts at a sign-in page without a WCAG 2.1 AA violation', () => {
    expect(loginViolations).toEqual([]);
  });

  // Each language's violations of every page at once, so that one run lists them all.
  for (const lang of LANGS)
    it(`reads ${lang}, in its direction, without overflow or WCAG 2.1 AA violation`, { timeout: 600_000 }, async () => {
      expect(await checkAtDesktop(lang)).toEqual({});
    });
});

describe('every page at 390 px, a phone', () => {
  for (const lang of ['en', 'ar'] as const)
    it(`never scrolls sideways in ${lang}, and its chart text is at least 11 px`, { timeout: 600_000 }, async () => {
      expect(await checkOnPhone(lang)).toEqual({ tooWide: {}, smallText: {} });
    });

  it('had no script errors or failed API calls along the way', () => {
    expect(browser?.problems).toEqual([]);
  });
});
