/**
 * An analyst finds a country from the header and compares three, in the BUILT app and the system's Chromium:
 * typing "cote" in the header's search offers Côte d'Ivoire, the keyboard picks it and Enter opens its profile;
 * the comparison page with France, Germany and Spain in its address draws three trajectories and the table,
 * and its Export menu gives the comparison as a file. At 390 px the page does not scroll sideways, in English
 * and in Arabic. Screenshots land in tests/artifacts/compare-search-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness, type AppProcess } from '../support/app-process.js';
import { openBrowser, signInWithDemoAccount, type BrowserSession } from '../support/browser.js';

const ANALYST = 'analyst@demo.example.org';
const harness = new AppHarness();
let app: AppProcess;
let browser: BrowserSession | undefined;
let page: Page;

beforeAll(async () => {
  // Demo data take a while to load on a busy machine.
  app = await harness.start({ demoData: true, healthTimeoutMs: 180_000 });
  browser = await openBrowser(harness);
  page = browser.page;
  await page.goto(`${app.baseUrl}/login?lang=en`);
  await signInWithDemoAccount(page, ANALYST);
});

afterAll(async () => {
  await browser?.close();
  await harness.cleanup();
});

const heading = () => page.getByRole('heading', { level: 1 });
const comparePath = (lang: string) => `/countries/compare?c=FRA,DEU,ESP&grouping=wco&lang=${lang}`;

describe('an analyst finds a country and compares three', () => {
  it('types "cote" in the header, picks Côte d’Ivoire with the keyboard and lands on its profile', async () => {
    await page.goto(`${app.baseUrl}/?lang=en`);
    const search = page.getByTestId('header-country-search').getByRole('combobox', { name: 'Find a country' });
    await search.fill('cote');
    const listbox = page.getByTestId('header-country-search').getByRole('listbox');
    await expect.poll(() => listbox.getByRole('option').allTextContents()).toEqual(["Côte d'Ivoire CIV"]);
    await search.press('ArrowDown');
    await expect.poll(() => search.getAttribute('aria-activedescendant')).toBeTruthy();
    await browser?.screenshot('compare-search-01-header-search.png');
    await search.press('Enter');
    await page.waitForURL((url) => url.pathname === '/countries/CIV');
    await expect.poll(() => heading().textContent()).toBe("Country profile: Côte d'Ivoire");
  });

  it('closes the suggestions with Escape', async () => {
    const search = page.getByTestId('header-country-search').getByRole('combobox');
    await search.fill('fra');
    await expect.poll(() => search.getAttribute('aria-expanded')).toBe('true');
    await search.press('Escape');
    await expect.poll(() => search.getAttribute('aria-expanded')).toBe('false');
    await search.press('Escape');
    await expect.poll(() => search.inputValue()).toBe('');
  });

  it('opens the comparison of three countries: three trajectories, the dimensions and the table', async () => {
    await page.goto(`${app.baseUrl}${comparePath('en')}`);
    await expect.poll(() => heading().textContent()).toBe('Compare countries');
    const chart = page.getByTestId('compare-trajectories');
    await chart.waitFor();
    expect(
      await chart.locator('[data-series]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-series'))),
    ).toEqual(['FRA', 'DEU', 'ESP']);
    // Each line is named at its end as well as in the key.
    expect(await chart.locator('[data-label]').count()).toBe(3);
    const rows = page.getByTestId('compare-table').locator('tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-iso3')))).toEqual([
      'FRA',
      'DEU',
      'ESP',
    ]);
    expect(await page.getByTestId('compare-dimensions').locator('figure').count()).toBeGreaterThan(5);
    expect(browser?.problems).toEqual([]);
    await browser?.screenshot('compare-search-02-compare-en.png');
  });

  it('exports the comparison from the Export menu, named for its countries', async () => {
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Excel workbook (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^country-comparison_fra-deu-esp_wco_\d{4}-\d{2}-\d{2}\.xlsx$/);
  });

  it('adds a country with the keyboard and keeps the choice in the address', async () => {
    const add = page.getByTestId('compare-add-country').getByRole('combobox');
    await add.fill('ITA');
    await add.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('c') === 'FRA,DEU,ESP,ITA');
    await expect.poll(() => page.getByTestId('compare-table').locator('tbody tr').count()).toBe(4);
  });

  it.each(['en', 'ar'])('fits a 390 px screen in %s without scrolling sideways', async (lang) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.baseUrl}${comparePath(lang)}`);
    await page.getByTestId('compare-table').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await browser?.screenshot(`compare-search-03-compare-390-${lang}.png`);
    await page.setViewportSize({ width: 1280, height: 1000 });
  });
});
