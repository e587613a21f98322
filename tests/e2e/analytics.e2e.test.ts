/**
 * A WCO programme manager (the demo analyst) goes through every analytics page of the BUILT app in the
 * system's Chromium: the overview, the comparison of regions, the map (and from it a country profile),
 * the gaps and difficulties, and the custom groupings. Each page's "show as table" figures are checked
 * against the API's for the same address, the address is checked to restore the view after a reload,
 * and French is checked on an analytics page. Screenshots land in tests/artifacts/analytics-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness, type AppProcess } from '../support/app-process.js';
import { openBrowser, signInWithDemoAccount, type BrowserSession } from '../support/browser.js';
import { DIMENSIONS, indexText, type LevelsRow, type MaturityRow } from '../support/api-as.js';

const YEAR = new Date().getFullYear();
const ANALYST = 'analyst@demo.example.org';

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
const query = () => Object.fromEntries(new URL(page.url()).searchParams);
const cellTexts = (row: ReturnType<Page['locator']>) => row.locator('td').allTextContents();

async function open(path: string): Promise<void> {
  await page.goto(`${app.baseUrl}${path}`);
}

describe('an analyst reads every analytics page in Chromium', () => {
  it('lands on the overview after signing in, with headline figures, both charts and the coverage', async () => {
    await open('/');
    await page.waitForURL((url) => url.pathname === '/login');
    await signInWithDemoAccount(page, ANALYST);
    await expect.poll(() => heading().textContent()).toBe('Cooperation maturity overview');

    const assessed = page.getByTestId('headline-assessed');
    await assessed.waitFor();
    const { series } = await app.getJson<{ series: MaturityRow[] }>(
      `/api/analytics/maturity?grouping=wco&from=${YEAR - 1}&to=${YEAR}`,
    );
    const all = series.find((p) => p.region === 'ALL' && p.year === YEAR)!;
    expect(await assessed.locator('.headline-value').textContent()).toBe(String(all.assessed));
    expect(await page.getByTestId('headline-mean').locator('.headline-value').textContent()).toBe(indexText(all.mean!));
    await page.getByTestId('maturity-chart').waitFor();
    await page.getByTestId('level-chart').waitFor();
    expect(await page.getByTestId('coverage-table').locator('tbody tr').count()).toBe(6);
    await browser?.screenshot('analytics-01-overview.png');
  });

  it('shows the level chart as a table with the API’s figures, not assessed as its own column', async () => {
    const section = page.getByTestId('levels-section');
    await section.getByRole('button', { name: /Show as table/ }).click();
    const { series } = await app.getJson<{ series: LevelsRow[] }>(
      `/api/analytics/levels?grouping=wco&from=2016&to=${YEAR}&kind=computed`,
    );
    for (const year of [2016, YEAR]) {
      const api = series.find((p) => p.region === 'ALL' && p.year === year)!;
      const row = section.getByTestId('level-table').locator(`tr[data-year="${year}"]`);
      const levels = api.levels ?? { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
      expect(await cellTexts(row), String(year)).toEqual([
        ...['1', '2', '3', '4', '5'].map((l) => String(levels[l])),
        '0',
        String(api.notAssessed),
        String(api.members),
      ]);
    }
  });

  it('charts a dimension chosen in the address, and keeps it after a reload', async () => {
    await open(`/?grouping=wco&from=2018&to=${YEAR}&dimension=training&lang=en`);
    const title = page.getByTestId('maturity-chart').locator('figcaption h2');
    await expect
      .poll(() => title.textContent())
      .toBe(`Mean score for “Cross-training of officers” by region, 2018–${YEAR}`);
    await page.reload();
    await expect.poll(() => title.textContent()).toContain('Cross-training of officers');
    expect(await page.getByLabel('Measure').inputValue()).toBe('training');
  });

  it('compares regions: nine small charts, a heatmap whose table gives the API’s figures', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare regions' }).click();
    await expect.poll(() => heading().textContent()).toBe('Compare regions');
    await expect.poll(() => page.getByTestId('small-multiples').locator('li.small-multiple').count()).toBe(9);

    await page.getByLabel('Year of the heatmap').selectOption(String(YEAR - 1));
    await expect.poll(() => query().year).toBe(String(YEAR - 1));
    const heatmapSection = page.locator('section', { has: page.getByTestId('heatmap') });
    await expect.poll(() => heatmapSection.locator('h2').textContent()).toBe(`Regions × dimensions in ${YEAR - 1}`);
    await heatmapSection.getByRole('button', { name: /Show as table/ }).click();
    const table = page.getByTestId('heatmap-table');
    await table.waitFor();

    const { series } = await app.getJson<{ series: MaturityRow[] }>(
      `/api/analytics/maturity?grouping=wco&from=${YEAR - 1}&to=${YEAR - 1}`,
    );
    expect(series.length).toBe(7);
    for (const point of series) {
      const row = table.locator(`tr[data-region="${point.region}"]`);
      const expected = [
        point.mean === null ? 'Not assessed' : indexText(point.mean),
        ...DIMENSIONS.map((d) => {
          const value = point.dimensions?.[d] ?? null;
          return value === null ? 'Not assessed' : indexText(value);
        }),
        `${point.assessed}/${point.members}`,
      ];
      expect(await cellTexts(row), point.region).toEqual(expected);
    }
    await browser?.screenshot('analytics-02-compare.png');
  });
});

describe('an analyst reads every analytics page in Chromium', () => {
  it('restores the compared view, with its year and highlighted region, after a reload and through Back', async () => {
    await page.getByRole('button', { name: 'Europe', exact: true }).click();
    await expect.poll(() => query().region).toBe('EUR');
    const url = page.url();
    await page.reload();
    await page.getByTestId('small-multiples').waitFor();
    expect(page.url()).toBe(url);
    expect(await page.getByLabel('Year of the heatmap').inputValue()).toBe(String(YEAR - 1));
    expect(await page.getByRole('button', { name: 'Europe', exact: true }).getAttribute('aria-pressed')).toBe('true');

    await page.goBack();
    await expect.poll(() => query().region).toBeUndefined();
    expect(await page.getByRole('button', { name: 'Europe', exact: true }).getAttribute('aria-pressed')).toBe('false');
  });

  it('copies the link of the view', async () => {
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByTestId('copy-link-status').textContent()).toMatch(/copied|by hand/);
  });

  it('maps the overall index; a click on a country opens its profile', async () => {
    await open(`/map?grouping=wco&year=${YEAR}&lang=en`);
    await expect.poll(() => heading().textContent()).toBe('Map');
    const map = page.getByTestId('world-map');
    await map.waitFor();
    await expect.poll(() => map.locator('path[data-state="value"]').count()).toBeGreaterThan(50);
    expect(await map.locator('path[data-state="notAssessed"]').count()).toBeGreaterThan(0);
    await browser?.screenshot('analytics-03-map.png');

    await map.locator('path[data-iso3="BRA"]').click();
    await page.waitForURL((url) => url.pathname === '/countries/BRA');
    await expect.poll(() => heading().textContent()).toBe('Country profile: Brazil');
  });

  it('profiles a country: trajectory, comparison with its region, gaps with the handbook’s solutions, history', async () => {
    const profile = await app.getJson<{ latest: { gaps: unknown[] } | null; assessments: unknown[] }>(
      '/api/countries/BRA/profile?grouping=wco',
    );
    await page.getByTestId('trajectory-chart').waitFor();
    await page.getByTestId('dimension-comparison').waitFor();
    expect(await page.getByTestId('profile-history').locator('tbody tr').count()).toBe(profile.assessments.length);
    if (profile.latest && profile.latest.gaps.length > 0) {
      expect(await page.getByTestId('gap-list').locator('li.gap').count()).toBe(profile.latest.gaps.length);
    }
    await browser?.screenshot('analytics-04-profile.png');
  });

  it('ranks the gaps and difficulties, and reads them in French', async () => {
    await open(`/gaps?grouping=wco&year=${YEAR}&lang=en`);
    await expect.poll(() => heading().textContent()).toBe('Gaps and difficulties');
    await expect.poll(() => page.getByTestId('gap-ranking').locator('li.ranked-gap').count()).toBe(20);
    await expect.poll(() => page.getByTestId('difficulties').locator('li.difficulty-panel').count()).toBe(7);
    await browser?.screenshot('analytics-05-gaps.png');

    await page.locator('a[hreflang="fr"]').click();
    await expect.poll(() => heading().textContent()).toBe('Carences et difficultés');
    expect(await page.getByTestId('gap-ranking').locator('h2').textContent()).toBe(
      `Carences les plus fréquentes : Tous les membres, ${YEAR}`,
    );
    // The handbook's own French, from the domain package.
    expect(await page.getByTestId('gap-ranking').textContent()).toContain('Solutions possibles');
    expect(await page.getByTestId('difficulties').textContent()).toContain('Manque de confiance');
    expect(query()).toMatchObject({ lang: 'fr', year: String(YEAR) });
    await browser?.screenshot('analytics-06-gaps-fr.png');
  });
});

describe('an analyst reads every analytics page in Chromium', () => {
  it('creates a custom grouping, which the analytics pages then offer', async () => {
    await open('/groupings?lang=en');
    await page.getByRole('button', { name: 'New grouping' }).click();
    await page.getByLabel('Name (English)').first().fill('E2E programme');
    // The legend follows the code typed, so the region is found by its place in the form.
    const first = page.locator('fieldset[data-region-index="0"]');
    await first.getByLabel(/^Code/).fill('NORTH');
    await first.getByLabel('Name (English)').fill('North');
    for (const country of ['France', 'Germany', 'Sweden']) {
      await first.getByLabel('Filter the countries').fill(country);
      await first.getByRole('checkbox', { name: new RegExp(`^${country}`) }).check();
    }
    await page.getByRole('button', { name: 'Add a region' }).click();
    const second = page.locator('fieldset[data-region-index="1"]');
    await second.getByLabel(/^Code/).fill('SOUTH');
    await second.getByLabel('Name (English)').fill('South');
    await second.getByLabel('Filter the countries').fill('France');
    expect(await second.getByRole('checkbox', { name: /^France/ }).isDisabled()).toBe(true);
    for (const country of ['Brazil', 'Kenya', 'South Africa']) {
      await second.getByLabel('Filter the countries').fill(country);
      await second.getByRole('checkbox', { name: new RegExp(`^${country}`) }).check();
    }
    await browser?.screenshot('analytics-07-grouping-form.png');
    await page.getByRole('button', { name: 'Create the grouping' }).click();
    await expect
      .poll(() => page.getByTestId('grouping-notice').textContent())
      .toBe('The grouping “E2E programme” is created.');
    await browser?.screenshot('analytics-08-groupings.png');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
    const select = page.getByRole('combobox', { name: 'Regional grouping' });
    await select.selectOption({ label: 'E2E programme' });
    await expect.poll(() => page.getByTestId('maturity-chart').getAttribute('data-regions')).toBe('NORTH,SOUTH');
  });

  it('had no script errors or failed API calls along the way', () => {
    expect(browser?.problems).toEqual([]);
  });
});
