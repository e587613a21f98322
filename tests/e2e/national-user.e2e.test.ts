/**
 * A national user (France's demo viewer) in the BUILT app and the system's Chromium: the published aggregates
 * are theirs to read, protected, but figures resting on fewer than three assessments are withheld and must say
 * why, an analyst's custom grouping is not theirs to use, and the profile of a country that keeps its figures
 * confidential is closed to them. Screenshots land in tests/artifacts/national-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness, type AppProcess } from '../support/app-process.js';
import { openBrowser, signInWithDemoAccount, type BrowserSession } from '../support/browser.js';
import { apiAs, demoUser, type DemoUser, type LevelsRow, type MaturityRow } from '../support/api-as.js';

const YEAR = new Date().getFullYear();

interface Summary {
  country: string;
  status: string;
}

const harness = new AppHarness();
let app: AppProcess;
let browser: BrowserSession | undefined;
let page: Page;
let viewer: DemoUser;
/** An analyst's custom grouping, which national users may not use. */
let groupingId = '';

beforeAll(async () => {
  app = await harness.start({ demoData: true });
  viewer = await demoUser(app, (u) => u.role === 'viewer' && u.country === 'FRA');
  browser = await openBrowser(harness);
  page = browser.page;

  const { assessments } = await app.getJson<{ assessments: Summary[] }>(`/api/assessments?year=${YEAR}`);
  const counted = [
    ...new Set(assessments.filter((a) => a.status !== 'draft' && a.status !== 'returned').map((a) => a.country)),
  ];
  const [a, b, ...rest] = counted.filter((c) => c !== 'FRA');
  const res = await app.fetch('/api/groupings', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await app.signIn()}` },
    body: JSON.stringify({
      name: 'Small-cell check',
      regions: [
        { code: 'TWO', name: 'Two administrations', members: [a, b] },
        { code: 'REST', name: 'The others', members: ['FRA', ...rest] },
      ],
    }),
  });
  expect(res.status).toBe(201);
  groupingId = ((await res.json()) as { id: string }).id;
});

afterAll(async () => {
  await browser?.close();
  await harness.cleanup();
});

const heading = () => page.getByRole('heading', { level: 1 });

describe('France’s viewer reads the aggregates, with small cells withheld', () => {
  it('signs in and reaches their own country’s profile from “My country”', async () => {
    await page.goto(`${app.baseUrl}/`);
    await page.waitForURL((url) => url.pathname === '/login');
    await signInWithDemoAccount(page, viewer.email);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My country' }).click();
    await page.waitForURL((url) => url.pathname === '/countries/FRA');
    await expect.poll(() => heading().textContent()).toBe('Country profile: France');
    await page.getByTestId('profile-facts').waitFor();
    await browser?.screenshot('national-01-own-profile.png');
  });

  it('is offered the published grouping only, and another grouping in an address (an analyst’s, the UN’s) is read as WCO’s', async () => {
    const get = await apiAs(app, viewer);
    const { groupings } = await get<{ groupings: { id: string }[] }>('/api/groupings');
    expect(groupings.map((g) => g.id)).toEqual(['wco']);

    for (const unpublished of [groupingId, 'un']) {
      await page.goto(`${app.baseUrl}/?grouping=${unpublished}&from=2016&to=${YEAR}&lang=en`);
      await page.waitForURL((url) => url.searchParams.get('grouping') === 'wco');
    }
    await page.getByTestId('maturity-chart').waitFor();
    const options = await page.getByRole('combobox', { name: 'Regional grouping' }).locator('option').allTextContents();
    expect(options).toHaveLength(groupings.length);
    expect(options.join()).not.toContain('Small-cell check');
  });

  it('sees the withheld cells of the API labelled with their reason, never as a number or as not assessed', async () => {
    const get = await apiAs(app, viewer);
    const maturity = await get<{ series: MaturityRow[] }>(`/api/analytics/maturity?grouping=wco&from=2016&to=${YEAR}`);
    const withheld = maturity.series.filter((p) => p.suppressed && p.region !== 'ALL');
    expect(withheld.length, 'the demo data have a WCO region-year of fewer than 3 assessments').toBeGreaterThan(0);
    // A withheld cell carries no count: not even how many were assessed.
    for (const p of withheld) expect(p.assessed).toBeNull();
    const year = withheld[0]!.year;
    const regions = withheld.filter((p) => p.year === year).map((p) => p.region);

    await page.goto(`${app.baseUrl}/compare?grouping=wco&from=2016&to=${YEAR}&year=${year}&lang=en`);
    const heatmap = page.getByTestId('heatmap');
    await heatmap.waitFor();
    for (const region of regions) {
      const cells = await heatmap.locator(`tr[data-region="${region}"] td`).allTextContents();
      expect(new Set(cells), region).toEqual(new Set(['Withheld (fewer than 3 contributors)']));
    }
    await browser?.screenshot('national-02-compare-withheld.png');

    const region = regions[0]!;
    await page.goto(`${app.baseUrl}/?grouping=wco&from=2016&to=${YEAR}&region=${region}&lang=en`);
    const levels = await get<{ series: LevelsRow[] }>(
      `/api/analytics/levels?grouping=wco&from=2016&to=${YEAR}&kind=computed`,
    );
    const cell = levels.series.find((p) => p.region === region && p.year === year)!;
    expect(cell.suppressed).toBe(true);
    const section = page.getByTestId('levels-section');
    await section.getByTestId('level-chart').waitFor();
    await section.getByRole('button', { name: /Show as table/ }).click();
    const row = section.getByTestId('level-table').locator(`tr[data-year="${year}"]`);
    expect(await row.locator('td').allTextContents()).toEqual([
      'Withheld: fewer than 3 contributing administrations',
      String(cell.members),
    ]);
    await browser?.screenshot('national-03-overview-withheld.png');
  });

  it('sees only their own country’s figure on the map, the confidential others by region, as the page explains', async () => {
    await page.goto(`${app.baseUrl}/map?grouping=wco&year=${YEAR}&lang=en`);
    expect(await page.getByTestId('map-national-note').textContent()).toContain(
      'every other country shows its region’s protected mean',
    );
    const map = page.getByTestId('world-map');
    await map.waitFor();
    await page.getByRole('button', { name: /Show as table/ }).click();
    const germany = page.getByTestId('country-table').locator('tr[data-iso3="DEU"]');
    expect(await germany.textContent()).toContain('region mean');
    expect(await germany.locator('a').count()).toBe(0);
    await browser?.screenshot('national-04-map.png');
  });

  it('cannot open another country’s profile, and is told why', async () => {
    await page.goto(`${app.baseUrl}/countries/DEU?lang=en`);
    const notice = page.getByTestId('profile-forbidden');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      'Your account may read the details of your own country and of the countries that share their figures with members.',
    );
    expect(await page.getByTestId('trajectory').count()).toBe(0);
    await browser?.screenshot('national-05-other-country.png');
  });
});

describe('France’s viewer reads the aggregates, with small cells withheld', () => {
  it('had no script errors or failed API calls besides the refused profile', () => {
    const unexpected = (browser?.problems ?? []).filter(
      (p) => !p.includes('/api/countries/DEU/profile') && !p.includes('status of 403'),
    );
    expect(unexpected).toEqual([]);
  });
});
