/**
 * A reader signs in to the BUILT app (demo data) in the system's Chromium, opens the dashboard, compares
 * the WCO and UN groupings, narrows the period, reloads, shares the link in French and goes back.
 * Screenshots land in tests/artifacts/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness, type AppProcess } from '../support/app-process.js';
import { openBrowser, signInWithDemoAccount, UI_TIMEOUT_MS, type BrowserSession } from '../support/browser.js';
import { UN_REGION_COUNT, WCO_REGIONS, type Groupings } from '../support/product.js';

const THIS_YEAR = new Date().getFullYear();

interface AuthConfig {
  demoUsers: { email: string; role: string }[];
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

const chart = () => page.getByTestId('maturity-chart');
const groupingSelect = () => page.getByRole('combobox', { name: /grouping/i });
const fromSelect = () => page.getByRole('combobox', { name: /^from$/i });
const toSelect = () => page.getByRole('combobox', { name: /^to$/i });
const query = () => Object.fromEntries(new URL(page.url()).searchParams);

/** Waits until the chart shows fresh figures (not the previous ones) and returns the regions it draws. */
async function settledRegions(notEqualTo?: string): Promise<string[]> {
  await chart().waitFor({ state: 'visible' });
  await page.waitForFunction(
    (previous) => {
      const figure = document.querySelector('[data-testid="maturity-chart"]');
      const regions = figure?.getAttribute('data-regions');
      return !!regions && regions !== previous && figure?.getAttribute('aria-busy') !== 'true';
    },
    notEqualTo ?? null,
    { timeout: UI_TIMEOUT_MS },
  );
  const regions = await chart().getAttribute('data-regions');
  return (regions ?? '').split(',').filter(Boolean);
}

/** The region lines drawn in the chart, each with its path data. */
async function drawnLines(): Promise<string[]> {
  return chart()
    .locator('path.recharts-line-curve')
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? ''));
}

async function screenshot(name: string): Promise<void> {
  await browser?.screenshot(name);
}

describe('a reader explores the maturity dashboard in Chromium', () => {
  it('asks the reader to sign in first, offering the demo accounts', async () => {
    await page.goto(`${app.baseUrl}/`);
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/');

    // Demo mode: the API lists the demo accounts, and the login page offers them.
    const { demoUsers } = (await (await app.fetch('/api/auth/config')).json()) as AuthConfig;
    const analyst = demoUsers.find((u) => u.role === 'analyst');
    expect(analyst, 'a demo analyst account').toBeDefined();
    await signInWithDemoAccount(page, analyst!.email);
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('opens on the WCO regions, one line per region, under a synthetic-data banner', async () => {
    const regions = await settledRegions();

    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Cooperation maturity overview');
    const banner = page.getByTestId('demo-banner');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.textContent()).toMatch(/synthetic|demo/i);

    expect([...regions].sort()).toEqual([...WCO_REGIONS].sort());
    const lines = await drawnLines();
    expect(lines).toHaveLength(WCO_REGIONS.length);
    for (const d of lines) expect(d, 'a line through several years').toMatch(/^M.*L/);
    for (const region of WCO_REGIONS) {
      expect(await chart().locator(`.region-line-${region} path.recharts-line-curve`).count(), region).toBe(1);
    }

    // The address states the whole view, so it can be shared as it is.
    expect(query()).toMatchObject({ grouping: 'wco', from: '2016', to: String(THIS_YEAR), lang: 'en' });
    await screenshot('dashboard-wco.png');
  });

  it('switches to the UN grouping with the selector: five lines, and the address follows', async () => {
    const before = await chart().getAttribute('data-regions');
    await groupingSelect().selectOption('un');
    const regions = await settledRegions(before ?? undefined);

    const { groupings } = await app.getJson<Groupings>('/api/groupings');
    const unRegions = groupings.find((g) => g.id === 'un')!.regions.map((r) => r.code);
    expect(regions).toHaveLength(UN_REGION_COUNT);
    expect([...regions].sort()).toEqual([...unRegions].sort());
    expect(await drawnLines()).toHaveLength(UN_REGION_COUNT);
    expect(query()).toMatchObject({ grouping: 'un', lang: 'en' });
    await screenshot('dashboard-un.png');
  });

  it('narrows the period with the year selectors', async () => {
    await fromSelect().selectOption('2018');
    await toSelect().selectOption('2024');
    await expect.poll(() => query()).toMatchObject({ grouping: 'un', from: '2018', to: '2024' });
    await settledRegions();

    // The horizontal axis and the chart's title run over the chosen years only.
    const xAxisYears = async () =>
      (await chart().locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value').allTextContents()).map(
        Number,
      );
    await expect
      .poll(async () => [Math.min(...(await xAxisYears())), Math.max(...(await xAxisYears()))])
      .toEqual([2018, 2024]);
    const title = (await chart().locator('figcaption h2').textContent()) ?? '';
    expect(title).toContain('2018');
    expect(title).toContain('2024');
    expect(title).not.toContain('2016');
    expect(await drawnLines()).toHaveLength(UN_REGION_COUNT);
  });

  it('shows the same view after a reload', async () => {
    const url = page.url();
    await page.reload();
    const regions = await settledRegions();

    expect(page.url()).toBe(url);
    expect(await groupingSelect().inputValue()).toBe('un');
    expect(await fromSelect().inputValue()).toBe('2018');
    expect(await toSelect().inputValue()).toBe('2024');
    expect(regions).toHaveLength(UN_REGION_COUNT);
    expect(await drawnLines()).toHaveLength(UN_REGION_COUNT);
  });
});

describe('a reader explores the maturity dashboard in Chromium', () => {
  it('switches to French, keeping the view', async () => {
    await page.locator('a[hreflang="fr"]').click();
    await expect.poll(() => query().lang).toBe('fr');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');

    const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    expect(heading).not.toBe('Cooperation maturity overview');
    expect(heading).toMatch(/coopération/i);
    expect(await page.getByTestId('demo-banner').textContent()).toMatch(/démonstration/i);
    expect(query()).toMatchObject({ grouping: 'un', from: '2018', to: '2024', lang: 'fr' });
    expect(await settledRegions()).toHaveLength(UN_REGION_COUNT);
    expect(await drawnLines()).toHaveLength(UN_REGION_COUNT);
    await screenshot('dashboard-fr.png');
  });

  it('goes back to English with the browser’s Back button', async () => {
    await page.goBack();
    await expect.poll(() => query().lang).toBe('en');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Cooperation maturity overview');
    expect(await groupingSelect().inputValue()).toBe('un');
  });

  it('had no script errors or failed API calls along the way', () => {
    expect(browser?.problems).toEqual([]);
  });
});
