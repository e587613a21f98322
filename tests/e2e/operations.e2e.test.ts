/**
 * Joint operations in the BUILT app, in the system's Chromium. A programme manager (the demo analyst) reads
 * the operations dashboard and the maturity-against-outcomes page, each figure checked against the API;
 * imports a file of operations through the import page and sees it in the list and in the dashboard; then
 * France's coordinator reports France's results in an operation with the form. Screenshots land in
 * tests/artifacts/operations-*.png.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness, type AppProcess } from '../support/app-process.js';
import { openBrowser, signInWithDemoAccount, signOut, type BrowserSession } from '../support/browser.js';

const ANALYST = 'analyst@demo.example.org';
const COORDINATOR = 'coordinator.fra@demo.example.org';
const count = (n: number) => new Intl.NumberFormat('en').format(n);

interface Row {
  region: string;
  year: number;
  arrests: number | null;
  seizureCases: number | null;
}

const HEADER =
  'operation_code,operation_name,programme,lead,activities,start_date,end_date,country,unit_type,unit_name,arrests,investigations_opened,controlled_deliveries,persons_checked,sltd_queries,sltd_hits,smv_queries,smv_hits,nominal_queries,nominal_hits,notices_queries,notices_hits,commodity,cases,quantity,unit';
/** One new operation ending in 2019: FRA and DEU (Europe) arrest 11 and 22, SEN (West and Central Africa) 33. */
const FILE = [
  HEADER,
  'E2E-COCAIR-2019,E2E Cocair,aircop,unodc,risk_targeting;interception,2018-12-10,2019-01-20,FRA,airport_task_force,CAAT Paris,11,1,0,900,900,2,,,,,,,cocaine,2,14.5,kg',
  'E2E-COCAIR-2019,E2E Cocair,aircop,unodc,risk_targeting;interception,2018-12-10,2019-01-20,FRA,airport_task_force,CAAT Paris,11,1,0,900,900,2,,,,,,,currency,1,25000,eur',
  'E2E-COCAIR-2019,E2E Cocair,aircop,unodc,risk_targeting;interception,2018-12-10,2019-01-20,DEU,airport_task_force,,22,0,1,500,,,,,,,,,,,,',
  'E2E-COCAIR-2019,E2E Cocair,aircop,unodc,risk_targeting;interception,2018-12-10,2019-01-20,SEN,airport_task_force,CAAT Dakar,33,4,0,1200,1200,6,,,800,3,,,cocaine,5,40,kg',
].join('\n');

const harness = new AppHarness();
let app: AppProcess;
let browser: BrowserSession | undefined;
let page: Page;

beforeAll(async () => {
  app = await harness.start({ demoData: true });
  browser = await openBrowser(harness);
  page = browser.page;
});

afterAll(async () => {
  await browser?.close();
  await harness.cleanup();
});

const heading = () => page.getByRole('heading', { level: 1 });
const series = async (query: string) =>
  (await app.getJson<{ series: Row[] }>(`/api/analytics/operations?grouping=wco&${query}`)).series;
const cell = (rows: Row[], region: string, year: number) => rows.find((r) => r.region === region && r.year === year)!;

/** The dashboard's arrests table: the cell of `region` in `year`. */
async function arrestsCell(region: string, year: number): Promise<string> {
  const block = page.locator('li[data-metric="arrests"]');
  const toggle = block.getByRole('button', { name: /Show as table/ });
  if (await toggle.isVisible()) await toggle.click();
  const row = block.locator('tr', { has: page.locator('th', { hasText: String(year) }) });
  return (await row.locator(`td[data-region="${region}"]`).textContent())?.trim() ?? '';
}

describe('joint operations in Chromium', () => {
  it('shows the operations dashboard with the API’s figures', async () => {
    await page.goto(`${app.baseUrl}/operations/dashboard?from=2016&to=2026`);
    await page.waitForURL((url) => url.pathname === '/login');
    await signInWithDemoAccount(page, ANALYST);
    await expect.poll(() => heading().textContent()).toBe('Operations dashboard');
    await page.getByTestId('outcome-trends').waitFor();
    expect(await page.getByTestId('trend-chart').count()).toBe(5);
    await page.getByTestId('commodity-groups').waitFor();
    await page.getByTestId('participation-section').waitFor();
    const rows = await series('from=2016&to=2026');
    expect(await arrestsCell('EUR', 2024)).toBe(count(cell(rows, 'EUR', 2024).arrests!));
    expect(await arrestsCell('WCA', 2019)).toBe(count(cell(rows, 'WCA', 2019).arrests!));
    await browser?.screenshot('operations-01-dashboard.png');
  });

  it('breaks the outcomes down by joint-unit type and lists the units the API lists', async () => {
    const list = await app.getJson<{ items: unknown[] }>(
      '/api/analytics/operations/units/list?grouping=wco&from=2016&to=2026',
    );
    const section = page.getByTestId('units-section');
    await section.waitFor();
    expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe('Outcomes by joint unit, 2016–2026');
    expect(await section.textContent()).toContain('How to read this chart');
    if (list.items.length === 0) {
      await section.getByTestId('units-none').waitFor();
    } else {
      await section.getByTestId('unit-type-chart').waitFor();
      await expect.poll(() => section.getByTestId('units-table').locator('tbody tr').count()).toBe(list.items.length);
    }
    await section.scrollIntoViewIfNeeded();
    await browser?.screenshot('operations-01b-units.png');
    await page.setViewportSize({ width: 390, height: 844 });
    // The charts are drawn at their box's width, measured by a ResizeObserver: they follow the new width a frame later.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await browser?.screenshot('operations-01c-units-390.png');
    await page.setViewportSize({ width: 1280, height: 1000 });
  });

  it('plots maturity against outcomes with the API’s coefficients and the caveat', async () => {
    await page.goto(`${app.baseUrl}/operations/maturity-vs-outcomes?year=2024`);
    await expect.poll(() => heading().textContent()).toBe('Maturity against outcomes');
    const api = await app.getJson<{ pearson: number; spearman: number; n: number; excluded: number }>(
      '/api/analytics/maturity-vs-outcomes?grouping=wco&year=2024&metric=seizureCases',
    );
    const coefficient = new Intl.NumberFormat('en', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      signDisplay: 'exceptZero',
    });
    const signed = (value: number) => coefficient.format(value);
    await expect.poll(() => page.getByTestId('pairs').textContent()).toBe(String(api.n));
    expect(await page.getByTestId('pearson').textContent()).toBe(signed(api.pearson));
    expect(await page.getByTestId('spearman').textContent()).toBe(signed(api.spearman));
    expect(await page.getByTestId('correlation-caveat').textContent()).toMatch(/not causation/);
    expect(await page.getByTestId('correlation-excluded').textContent()).toContain(String(api.excluded));
    expect(await page.getByTestId('outcome-scatter').locator('.recharts-scatter-symbol').count()).toBe(api.n);
    await browser?.screenshot('operations-02-maturity-vs-outcomes.png');
  });

  it('imports a file through the import page, and the list and the dashboard show it', async () => {
    const before = await series('from=2019&to=2019');
    const path = join(harness.tempDir(), 'operations.csv');
    writeFileSync(path, FILE);
    await page.goto(`${app.baseUrl}/operations/import`);
    await expect.poll(() => heading().textContent()).toBe('Import operations');
    await page.getByLabel('File to import').setInputFiles(path);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByTestId('import-checked').waitFor();
    await page.getByTestId('import-checked').getByRole('button').click();
    await page.getByTestId('import-done').waitFor();
    expect(await page.getByTestId('import-done').textContent()).toMatch(/\b4\b/);
    await browser?.screenshot('operations-03-imported.png');

    await page.goto(`${app.baseUrl}/operations?q=E2E-COCAIR`);
    const table = page.getByTestId('operation-table');
    await table.locator('tbody tr').first().waitFor();
    expect(await table.locator('tbody tr').count()).toBe(1);
    expect(await table.locator('tbody tr').textContent()).toContain('3 of 3');

    const after = await series('from=2019&to=2019');
    expect(cell(after, 'EUR', 2019).arrests).toBe(cell(before, 'EUR', 2019).arrests! + 11 + 22);
    expect(cell(after, 'WCA', 2019).arrests).toBe(cell(before, 'WCA', 2019).arrests! + 33);
    expect(cell(after, 'ALL', 2019).seizureCases).toBe(cell(before, 'ALL', 2019).seizureCases! + 2 + 1 + 5);
    await page.goto(`${app.baseUrl}/operations/dashboard?from=2016&to=2026`);
    await page.getByTestId('outcome-trends').waitFor();
    expect(await arrestsCell('EUR', 2019)).toBe(count(cell(after, 'EUR', 2019).arrests!));
  });
});

describe('joint operations in Chromium', () => {
  it('lets France’s coordinator report France’s results with the form', async () => {
    await signOut(page);
    await signInWithDemoAccount(page, COORDINATOR);
    const { operations } = await app.getJson<{
      operations: { id: string; code: string; countries: string[]; reportedCountries: string[] }[];
    }>('/api/operations?country=FRA&limit=500');
    const open = operations.find((o) => !o.reportedCountries.includes('FRA'))!;
    await page.goto(`${app.baseUrl}/operations/${open.id}`);
    await expect.poll(() => heading().textContent()).toContain(open.code);
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Report the results' }) });
    await form.getByLabel('Type of unit').selectOption('joint_team');
    await form.getByLabel('Arrests', { exact: true }).fill('7');
    await form.getByLabel('Investigations opened').fill('2');
    await form.getByLabel('Controlled deliveries').fill('1');
    await form.getByLabel('Persons checked').fill('640');
    await form.getByRole('button', { name: 'Add a seizure' }).click();
    const seizure = page.getByTestId('seizure-rows').locator('fieldset[data-seizure="0"]');
    await seizure.getByLabel('Commodity').selectOption('tobacco');
    await seizure.getByLabel('Cases').fill('3');
    await seizure.getByLabel('Quantity').fill('12000');
    await seizure.getByLabel('Unit', { exact: true }).selectOption('pieces');
    await form.getByRole('button', { name: 'Report the results' }).click();
    await page.getByTestId('own-result').waitFor();
    await browser?.screenshot('operations-04-reported.png');

    const { results } = await app.getJson<{ results: { country: string; arrests: number; seizures: unknown[] }[] }>(
      `/api/operations/${open.id}/results`,
    );
    const france = results.find((r) => r.country === 'FRA')!;
    expect(france.arrests).toBe(7);
    expect(france.seizures).toEqual([{ commodity: 'tobacco', cases: 3, quantity: 12000, unit: 'pieces' }]);
    expect(browser?.problems ?? []).toEqual([]);
  });
});
