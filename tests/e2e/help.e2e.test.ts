/**
 * The methodology in the app, in the BUILT app (demo data) and the system's Chromium: an analyst follows the footer's
 * "Methodology v1." to the scoring methodology, jumps to a section from the contents, downloads the Markdown, then
 * reads the Arabic text right to left, on a wide screen and on a phone without scrolling the page sideways.
 * Screenshots: tests/artifacts/help-methodology-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness } from '../support/app-process.js';
import { openBrowser, signInWithDemoAccount, type BrowserSession } from '../support/browser.js';

const ANALYST = 'analyst@demo.example.org';

const harness = new AppHarness();
let baseUrl = '';
let browser: BrowserSession | undefined;
let page: Page;

beforeAll(async () => {
  const app = await harness.start({ demoData: true });
  baseUrl = app.baseUrl;
  browser = await openBrowser(harness);
  page = browser.page;
  await page.goto(`${baseUrl}/login?lang=en`);
  await signInWithDemoAccount(page, ANALYST);
});

afterAll(async () => {
  await browser?.close();
  await harness.cleanup();
});

const guide = () => page.getByTestId('help-document');

describe('the methodology guide in Chromium', () => {
  it('opens from the footer in English, jumps to a section and downloads the Markdown', async () => {
    await page.goto(`${baseUrl}/?lang=en`);
    await page.getByTestId('footer-methodology-link').click();
    await page.waitForURL((url) => url.pathname === '/help/methodology');
    await guide().waitFor();
    expect(await page.locator('h1').textContent()).toBe('Scoring methodology v1');
    expect(await guide().locator('h2').count()).toBe(10);

    await page.getByTestId('help-toc').getByRole('link', { name: '9.2 The training dimension' }).click();
    expect(new URL(page.url()).hash).toBe('#section-9-2');
    expect(await page.locator('#section-9-2').isVisible()).toBe(true);

    const download = page.waitForEvent('download');
    await page.getByTestId('help-download').click();
    expect((await download).suggestedFilename()).toBe('cpc-methodology-en.md');
    await page.evaluate(() => {
      window.scrollTo(0, 0);
    });
    await browser?.screenshot('help-methodology-en.png');
    expect(browser?.problems).toEqual([]);
  });

  it('lays the Arabic text right to left, and a phone scrolls wide tables in their box, not the page', async () => {
    await page.goto(`${baseUrl}/help/methodology?lang=ar`);
    await guide().waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('h1').textContent()).toBe('منهجية التقييم v1');
    // A formula keeps its left-to-right order inside the Arabic text.
    expect(await guide().locator('p', { hasText: 'index = (1/9) × Σ score(d)' }).getAttribute('dir')).toBe('ltr');
    await browser?.screenshot('help-methodology-ar.png');

    await page.setViewportSize({ width: 390, height: 844 });
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(sideways).toBe(0);
    await page.setViewportSize({ width: 1280, height: 1000 });
    expect(browser?.problems).toEqual([]);
  });
});
