/**
 * The lists, in the BUILT app (demo data) and the system's Chromium: an analyst narrows the review queue to the
 * WCO's Europe region, sees the count the filter promised, sorts by country, and does the same on the assessments
 * list, sorted by year. The queue's register checks come in one request. Screenshots land in tests/artifacts/.
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
const checkRequests: string[] = [];

beforeAll(async () => {
  app = await harness.start({ demoData: true });
  browser = await openBrowser(harness);
  page = browser.page;
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith('/register-checks')) checkRequests.push(new URL(r.url()).pathname);
  });
});

afterAll(async () => {
  await browser?.close();
  await harness.cleanup();
});

const table = () => page.getByTestId('assessment-table');
const rowCount = () => table().locator('tbody tr').count();
const columnTexts = (index: number) =>
  table()
    .locator('tbody tr')
    .evaluateAll((rows, i) => rows.map((r) => r.children[i]?.textContent ?? ''), index);

/** Picks the region whose option starts with `name`, and gives the count its option promised. */
async function chooseRegion(name: string): Promise<number> {
  const select = page.getByLabel('WCO region');
  const option = (await select.locator('option').allTextContents()).find((o) => o.startsWith(`${name} (`));
  expect(option, `an option for ${name}`).toBeDefined();
  const count = Number(/\((\d+)\)$/.exec(option ?? '')?.[1]);
  await select.selectOption({ label: option ?? '' });
  return count;
}

describe('lists: filter by region, sort, counts', () => {
  it('narrows the review queue to Europe and sorts it by country', async () => {
    await page.goto(`${app.baseUrl}/login?lang=en`);
    await signInWithDemoAccount(page, ANALYST);
    await page.goto(`${app.baseUrl}/review?lang=en`);
    await table().waitFor();
    const everything = await rowCount();
    const promised = await chooseRegion('Europe');
    await page.waitForURL((url) => url.searchParams.get('region') === 'EUR');
    await expect.poll(rowCount).toBe(promised);
    expect(promised).toBeGreaterThan(0);
    expect(promised).toBeLessThan(everything);
    await table().getByRole('button', { name: 'Country' }).click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'country');
    const names = await table().locator('tbody th').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => new Intl.Collator('en').compare(a, b)));
    expect(await table().getByRole('columnheader', { name: 'Country' }).getAttribute('aria-sort')).toBe('ascending');
    // One request for the whole queue's register checks, none per assessment.
    expect(checkRequests.filter((p) => p.startsWith('/api/assessments/'))).toEqual([]);
    expect(checkRequests.filter((p) => p === '/api/review/register-checks').length).toBeGreaterThan(0);
    await browser?.screenshot('lists-01-review-queue-europe-by-country.png');
  });

  it('narrows the assessments list to Europe and sorts it by year, oldest first', async () => {
    await page.goto(`${app.baseUrl}/assessments?lang=en`);
    await table().waitFor();
    const promised = await chooseRegion('Europe');
    await page.waitForURL((url) => url.searchParams.get('region') === 'EUR');
    await expect.poll(rowCount).toBe(Math.min(promised, 100));
    // Newest first by default; a press on the active Year column turns it round.
    await table().getByRole('button', { name: 'Year' }).click();
    await page.waitForURL((url) => url.searchParams.get('dir') === 'asc');
    const years = (await columnTexts(1)).map(Number);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    await browser?.screenshot('lists-02-assessments-europe-by-year.png');
  });
});
