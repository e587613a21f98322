/**
 * The map and the year pickers, in the BUILT app (demo data) and the system's Chromium, as the demo analyst:
 * small members are drawn as symbols that open their profile, countries are links reached by keyboard, the
 * country table sorts, and the pickers span the years with data up to the current year.
 * Screenshots land in tests/artifacts/map-years-*.png.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness, type AppProcess } from '../support/app-process.js';
import { ARTIFACTS, openBrowser, signInWithDemoAccount, type BrowserSession } from '../support/browser.js';

const THIS_YEAR = new Date().getFullYear();
const harness = new AppHarness();
let app: AppProcess;
let browser: BrowserSession | undefined;
let page: Page;

beforeAll(async () => {
  app = await harness.start({ demoData: true });
  browser = await openBrowser(harness);
  page = browser.page;
  await page.goto(`${app.baseUrl}/login?lang=en`);
  await signInWithDemoAccount(page, 'analyst@demo.example.org');
});

afterAll(async () => {
  await browser?.close();
  await harness.cleanup();
});

const map = () => page.getByTestId('world-map');

describe('the map shows every member', () => {
  it('draws Singapore, Malta and Bahrain as symbols large enough to click', async () => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto(`${app.baseUrl}/map?grouping=wco&lang=en`);
    for (const iso3 of ['SGP', 'MLT', 'BHR', 'LUX']) {
      const box = await map().locator(`circle[data-iso3="${iso3}"]`).boundingBox();
      expect(box, iso3).not.toBeNull();
      expect(box?.width ?? 0, iso3).toBeGreaterThanOrEqual(6);
    }
    await map().screenshot({ path: join(ARTIFACTS, 'map-years-01-small-states.png') });
  });

  it('opens Singapore’s profile from its symbol', async () => {
    await map().locator('circle[data-iso3="SGP"]').click();
    await page.waitForURL((url) => url.pathname === '/countries/SGP');
  });

  it('reaches a country by keyboard and opens it with Enter', async () => {
    await page.goto(`${app.baseUrl}/map?grouping=wco&lang=en`);
    const france = map().locator('a.map-link:has(path[data-iso3="FRA"])');
    await france.focus();
    expect(await france.getAttribute('aria-label')).toContain('France');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/countries/FRA');
  });

  it('sorts the country table by value, largest first', async () => {
    await page.goto(`${app.baseUrl}/map?grouping=wco&lang=en`);
    await page.getByRole('button', { name: /Show as table/ }).click();
    const table = page.getByTestId('country-table');
    await table.getByRole('button', { name: 'Value' }).click();
    expect(await table.getByRole('columnheader', { name: 'Value' }).getAttribute('aria-sort')).toBe('descending');
    const values = (await table.locator('tbody tr[data-state="value"] td:nth-of-type(2)').allTextContents())
      .map((text) => Number.parseFloat(text))
      .filter((n) => !Number.isNaN(n));
    expect(values.length).toBeGreaterThan(10);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await browser?.screenshot('map-years-02-table-by-value.png');
  });
});

describe('the year pickers', () => {
  it('span the years with data and stop at the current year', async () => {
    const meta = await app.getJson<{ dataYears: { first: number; last: number } }>('/api/meta');
    expect(meta.dataYears.first).toBeLessThan(THIS_YEAR);
    await page.goto(`${app.baseUrl}/?grouping=wco&lang=en`);
    const options = (label: string) => page.getByLabel(label, { exact: true }).locator('option').allTextContents();
    await expect.poll(async () => (await options('From'))[0]).toBe(String(meta.dataYears.first));
    expect((await options('To')).at(-1)).toBe(String(THIS_YEAR));
    await page.goto(`${app.baseUrl}/map?grouping=wco&lang=en`);
    const slider = page.locator('input[type="range"]');
    expect(await slider.getAttribute('min')).toBe(String(meta.dataYears.first));
    expect(await slider.getAttribute('max')).toBe(String(THIS_YEAR));
  });

  it('had no script errors or failed API calls along the way', () => {
    expect(browser?.problems).toEqual([]);
  });
});
