/**
 * Every page of the BUILT app in the four languages, in the system's Chromium, signed in as the demo analyst:
 * the page says its language and direction (Arabic right to left), the navigation reads in that language,
 * nothing overflows at 1400 px, and at 390 px Arabic is no wider than English. Screenshots of every page
 * in every language land in tests/artifacts/lang-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness, type AppProcess } from '../support/app-process.js';
import { openBrowser, signInWithDemoAccount, type BrowserSession } from '../support/browser.js';

/** The overview's navigation label in each language, as its dictionary has it. */
const NAV_OVERVIEW = { en: 'Overview', fr: 'Vue d’ensemble', es: 'Visión general', ar: 'نظرة عامة' } as const;
type Lang = keyof typeof NAV_OVERVIEW;
const LANGS = Object.keys(NAV_OVERVIEW) as Lang[];

const PAGES = [
  ['overview', '/'],
  ['compare', '/compare'],
  ['map', '/map'],
  ['gaps', '/gaps'],
  ['profile', '/countries/FRA'],
  ['report', '/countries/FRA/report'],
  ['assessments', '/assessments'],
  ['review', '/review'],
  ['operations', '/operations'],
  ['operations-dashboard', '/operations/dashboard'],
  ['maturity-vs-outcomes', '/operations/maturity-vs-outcomes'],
  ['groupings', '/groupings'],
] as const;

const harness = new AppHarness();
let app: AppProcess;
let browser: BrowserSession | undefined;
let page: Page;

beforeAll(async () => {
  app = await harness.start({ demoData: true });
  browser = await openBrowser(harness);
  page = browser.page;
  await page.goto(`${app.baseUrl}/login`);
  await signInWithDemoAccount(page, 'analyst@demo.example.org');
});

afterAll(async () => {
  await browser?.close();
  await harness.cleanup();
});

/** Opens a page in a language at a width, waits for it to settle, and measures it. */
async function open(path: string, lang: Lang, width: number) {
  await page.setViewportSize({ width, height: 1000 });
  await page.goto(`${app.baseUrl}${path}?lang=${lang}`);
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .loading-state'));
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    width: document.documentElement.scrollWidth,
    navTexts: [...document.querySelectorAll('header nav a')].map((a) => a.textContent),
  }));
}

describe('every page in English, French, Spanish and Arabic, at 1400 px', () => {
  for (const lang of LANGS)
    it(`reads ${lang}, in its direction, without overflowing`, { timeout: 240_000 }, async () => {
      for (const [name, path] of PAGES) {
        const seen = await open(path, lang, 1400);
        expect(seen.lang, name).toBe(lang);
        expect(seen.dir, name).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        expect(seen.width, name).toBeLessThanOrEqual(1400);
        if (name !== 'report') expect(seen.navTexts, name).toContain(NAV_OVERVIEW[lang]);
        await browser?.screenshot(`lang-${lang}-${name}-1400.png`);
      }
    });
});

describe('every page at 390 px', () => {
  it('is no wider in Arabic than in English', { timeout: 240_000 }, async () => {
    for (const [name, path] of PAGES) {
      const english = await open(path, 'en', 390);
      const arabic = await open(path, 'ar', 390);
      await browser?.screenshot(`lang-ar-${name}-390.png`);
      expect(arabic.width, name).toBeLessThanOrEqual(english.width);
    }
  });

  it('had no script errors or failed API calls along the way', () => {
    expect(browser?.problems).toEqual([]);
  });
});
