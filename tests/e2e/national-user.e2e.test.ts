/**
 * A national user (France's demo viewer) in the BUILT app and the system's Chromium: every aggregate is
 * theirs to read, but figures resting on fewer than three assessments are withheld and must say so, and
 * another country's profile is closed to them. Screenshots land in tests/artifacts/national-*.png.
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

describe('France’s viewer reads the aggregates, with small cells withheld', () => {
  const harness = new AppHarness();
  let app: AppProcess;
  let browser: BrowserSession | undefined;
  let page: Page;
  let viewer: DemoUser;
  /** A custom grouping with a two-country region, so a withheld cell is certain whatever the demo data. */
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

  it('sees the withheld cells of the API labelled as withheld, never as a number or as not assessed', async () => {
    const get = await apiAs(app, viewer);
    const maturity = await get<{ series: MaturityRow[] }>(
      `/api/analytics/maturity?grouping=${groupingId}&from=${YEAR}&to=${YEAR}`,
    );
    const withheld = maturity.series.filter((p) => p.suppressed).map((p) => p.region);
    expect(withheld).toContain('TWO');

    await page.goto(`${app.baseUrl}/compare?grouping=${groupingId}&from=2016&to=${YEAR}&year=${YEAR}&lang=en`);
    const heatmap = page.getByTestId('heatmap');
    await heatmap.waitFor();
    for (const region of withheld) {
      const cells = await heatmap.locator(`tr[data-region="${region}"] td`).allTextContents();
      expect(new Set(cells), region).toEqual(new Set(['Withheld (fewer than 3)']));
    }
    await browser?.screenshot('national-02-compare-withheld.png');

    await page.goto(`${app.baseUrl}/?grouping=${groupingId}&from=2016&to=${YEAR}&region=TWO&lang=en`);
    const levels = await get<{ series: LevelsRow[] }>(
      `/api/analytics/levels?grouping=${groupingId}&from=2016&to=${YEAR}&kind=computed`,
    );
    const two = levels.series.find((p) => p.region === 'TWO' && p.year === YEAR)!;
    expect(two.suppressed).toBe(true);
    const section = page.getByTestId('levels-section');
    await section.getByTestId('level-chart').waitFor();
    await section.getByRole('button', { name: /Show as table/ }).click();
    const row = section.getByTestId('level-table').locator(`tr[data-year="${YEAR}"]`);
    expect(await row.locator('td').allTextContents()).toEqual([
      ...Array<string>(5).fill('Withheld (fewer than 3)'),
      String(two.assessed),
      String(two.notAssessed),
      String(two.members),
    ]);
    await browser?.screenshot('national-03-overview-withheld.png');
  });

  it('sees only their own country’s figure on the map, the others by region, as the page explains', async () => {
    await page.goto(`${app.baseUrl}/map?grouping=wco&year=${YEAR}&lang=en`);
    expect(await page.getByTestId('map-national-note').textContent()).toContain('your own country’s details only');
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
    expect(await notice.textContent()).toContain('Your account may read your own country’s details only.');
    expect(await page.getByTestId('trajectory').count()).toBe(0);
    await browser?.screenshot('national-05-other-country.png');
  });

  it('had no script errors or failed API calls besides the refused profile', () => {
    const unexpected = (browser?.problems ?? []).filter(
      (p) => !p.includes('/api/countries/DEU/profile') && !p.includes('status of 403'),
    );
    expect(unexpected).toEqual([]);
  });
});
