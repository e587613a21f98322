/**
 * The cooperation instruments register in the BUILT app, in the system's Chromium. France's coordinator records
 * an agreement and a joint unit with the register's forms; an analyst then finds the unit charted on the
 * Cooperation instruments page, with the API's figures, and the register on France's profile. Screenshots land
 * in tests/artifacts/instruments-*.png.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness, type AppProcess } from '../support/app-process.js';
import { openBrowser, signInWithDemoAccount, signOut, type BrowserSession } from '../support/browser.js';

const ANALYST = 'analyst@demo.example.org';
const COORDINATOR = 'coordinator.fra@demo.example.org';
const AGREEMENT = 'E2E memorandum of agreement, customs and police';
const UNIT = 'E2E port control unit Le Havre';

interface UnitCounts {
  aircop_jaitf: number;
  ccp_pcu: number;
  land_border: number;
  other: number;
}
interface Row {
  region: string;
  year: number;
  members: number;
  withAgreement: number | null;
  jointUnits: UnitCounts | null;
}
interface Listed {
  kind: string;
  title: string;
  from: string;
  to: string | null;
  [field: string]: unknown;
}

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
const series = async () =>
  (await app.getJson<{ series: Row[] }>('/api/analytics/instruments?grouping=wco&from=2016&to=2026')).series;
const row = (rows: Row[], region: string, year: number) => rows.find((r) => r.region === region && r.year === year)!;
const checkbox = (form: Locator, legend: string, label: string) =>
  form.locator('fieldset', { has: page.locator('legend', { hasText: legend }) }).getByLabel(label, { exact: true });

async function addAgreement(): Promise<void> {
  await page.getByTestId('add-agreement').click();
  const form = page.locator('form.instrument-form[data-kind="agreement"]');
  await form.getByLabel('Title').fill(AGREEMENT);
  await form.getByLabel(/^From/).fill('2024-03-01');
  await form.getByLabel('Type of agreement').selectOption('moa');
  await form.getByLabel('Reference').fill('PA-2024-03');
  await checkbox(form, 'Parties', 'Customs').check();
  await checkbox(form, 'Parties', 'Police').check();
  await checkbox(form, 'Scope', 'Information exchange').check();
  await checkbox(form, 'Scope', 'Controlled delivery').check();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => page.getByTestId('instrument-notice').textContent()).toContain(AGREEMENT);
}

async function addJointUnit(): Promise<void> {
  await page.getByTestId('add-joint_unit').click();
  const form = page.locator('form.instrument-form[data-kind="joint_unit"]');
  await form.getByLabel('Title').fill(UNIT);
  await form.getByLabel(/^From/).fill('2020-01-01');
  await form.getByLabel('Type of unit').selectOption('ccp_pcu');
  await form.getByLabel('Site').fill('FRLEH');
  await form.getByLabel('Staff').fill('9');
  await checkbox(form, 'Agencies', 'Customs').check();
  await checkbox(form, 'Agencies', 'Police').check();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => page.getByTestId('instrument-notice').textContent()).toContain(UNIT);
}

/** The joint units table of the dashboard, for a region: the cell of a unit type in a year. */
async function unitCell(regionName: string, type: keyof UnitCounts, year: number): Promise<string> {
  const section = page.locator('section', { has: page.getByTestId('joint-units-chart') });
  await section.getByLabel('Region').selectOption({ label: regionName });
  const toggle = section.getByRole('button', { name: /Show as table/ });
  if (await toggle.isVisible()) await toggle.click();
  const tableRow = section.getByTestId('joint-units-table').locator('tr', {
    has: page.locator('th', { hasText: String(year) }),
  });
  return (await tableRow.locator(`td[data-type="${type}"]`).textContent())?.trim() ?? '';
}

let before: Row[] = [];

describe('the cooperation instruments register in Chromium', () => {
  it('lets France’s coordinator record an agreement and a joint unit with the forms', async () => {
    before = await series();
    await page.goto(`${app.baseUrl}/instruments`);
    await page.waitForURL((url) => url.pathname === '/login');
    await signInWithDemoAccount(page, COORDINATOR);
    await expect.poll(() => heading().textContent()).toBe('Cooperation instruments of France');
    await page.getByTestId('instrument-register').waitFor();
    await addAgreement();
    await addJointUnit();
    const agreements = page.getByTestId('instruments-agreement');
    await expect.poll(() => agreements.textContent()).toContain(AGREEMENT);
    // The list is fetched again after each save: it shows the new instruments once it has come back.
    await expect.poll(() => page.getByTestId('instruments-joint_unit').textContent()).toContain(UNIT);
    await browser?.screenshot('instruments-01-register.png');

    const { instruments } = await app.getJson<{ instruments: Listed[] }>('/api/instruments?country=FRA');
    expect(instruments.find((i) => i.title === AGREEMENT)).toMatchObject({
      kind: 'agreement',
      from: '2024-03-01',
      to: null,
      agreementType: 'moa',
      reference: 'PA-2024-03',
      parties: ['customs', 'police'],
      scope: ['controlled_delivery', 'information_exchange'],
    });
    expect(instruments.find((i) => i.title === UNIT)).toMatchObject({
      kind: 'joint_unit',
      from: '2020-01-01',
      to: null,
      unitType: 'ccp_pcu',
      site: 'FRLEH',
      staff: 9,
      agencies: ['customs', 'police'],
    });
  });

  it('shows the analyst the new unit charted by region on the Cooperation instruments page', async () => {
    await signOut(page);
    await signInWithDemoAccount(page, ANALYST);
    await page.goto(`${app.baseUrl}/instruments/dashboard?grouping=wco&from=2016&to=2026`);
    await expect.poll(() => heading().textContent()).toBe('Cooperation instruments');
    await page.getByTestId('instrument-shares').waitFor();
    expect(await page.getByTestId('instrument-shares').locator('.trend-chart').count()).toBe(4);
    await page.getByTestId('joint-units-chart').waitFor();

    const after = await series();
    for (const year of [2020, 2024]) {
      for (const region of ['EUR', 'ALL']) {
        const units = row(after, region, year).jointUnits!;
        expect(units.ccp_pcu).toBe(row(before, region, year).jointUnits!.ccp_pcu + 1);
      }
      expect(await unitCell('Europe', 'ccp_pcu', year)).toBe(String(row(after, 'EUR', year).jointUnits!.ccp_pcu));
      expect(await unitCell('All members', 'ccp_pcu', year)).toBe(String(row(after, 'ALL', year).jointUnits!.ccp_pcu));
    }
    // Before 2020 the unit did not exist: the figures are unchanged.
    expect(row(after, 'EUR', 2019).jointUnits).toEqual(row(before, 'EUR', 2019).jointUnits);
    await page.getByTestId('instrument-map').locator('[data-testid="world-map"]').waitFor();
    await browser?.screenshot('instruments-02-dashboard.png');
  });

  it('shows the analyst France’s instruments on its profile’s timeline', async () => {
    await page.goto(`${app.baseUrl}/countries/FRA`);
    const timeline = page.getByTestId('instrument-timeline');
    await timeline.waitFor();
    await expect.poll(() => timeline.textContent()).toContain(UNIT);
    expect(await timeline.textContent()).toContain(AGREEMENT);
    await browser?.screenshot('instruments-03-profile.png');
    expect(browser?.problems ?? []).toEqual([]);
  });
});
