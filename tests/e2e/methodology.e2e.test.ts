/**
 * Methodology versions side by side, in the BUILT app (demo data) and the system's Chromium: an analyst switches
 * the dashboard to v2 (kept in the address, named in the footer, passed to the API), opens "v1 and v2 compared"
 * and finds the regions' ranks the API's maturity figures give under each version; an admin then adopts v2 with a
 * reason, and the default changes for everyone. Screenshots: tests/artifacts/methodology-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness, type AppProcess } from '../support/app-process.js';
import { openBrowser, signInWithDemoAccount, signOut, type BrowserSession } from '../support/browser.js';
import { indexText } from '../support/api-as.js';

const ANALYST = 'analyst@demo.example.org';
const ADMIN = 'admin@demo.example.org';

interface MaturityAnswer {
  methodologyVersion: string;
  series: { region: string; year: number; mean: number | null; suppressed: boolean }[];
}
interface MethodologyAnswer {
  default: string;
  adoptedBy: string | null;
  reason: string | null;
}

const harness = new AppHarness();
let app: AppProcess;
let browser: BrowserSession | undefined;
let page: Page;
let year = 0;

beforeAll(async () => {
  app = await harness.start({ demoData: true });
  const meta = await app.getJson<{ latestYear: number | null; methodologyVersion: string }>('/api/meta');
  expect(meta.methodologyVersion, 'v1 is the default until an admin adopts another').toBe('v1');
  year = meta.latestYear ?? new Date().getFullYear();
  browser = await openBrowser(harness);
  page = browser.page;
  await page.goto(`${app.baseUrl}/login?lang=en`);
  await signInWithDemoAccount(page, ANALYST);
});

afterAll(async () => {
  await browser?.close();
  await harness.cleanup();
});

const switchSelect = () => page.getByTestId('methodology-switch').getByRole('combobox');
const footer = () => page.getByTestId('site-footer-text');
const query = () => new URL(page.url()).searchParams;

/** The regions' means in `year` under a version, as the API gives them: region → mean (withheld ones left out). */
async function apiMeans(version: 'v1' | 'v2'): Promise<Map<string, number>> {
  const answer = await app.getJson<MaturityAnswer>(
    `/api/analytics/maturity?grouping=wco&from=${year}&to=${year}&methodology=${version}`,
  );
  expect(answer.methodologyVersion).toBe(version);
  const means = answer.series
    .filter((p) => p.year === year && p.region !== 'ALL' && !p.suppressed && p.mean !== null)
    .map((p) => [p.region, p.mean as number] as const);
  return new Map(means);
}

describe('methodology v1 and v2 in Chromium', () => {
  it('switches the overview to v2: the address keeps it, the API is asked for it, the footer names it', async () => {
    await page.goto(`${app.baseUrl}/?lang=en&grouping=wco&to=${year}`);
    await expect.poll(() => switchSelect().inputValue()).toBe('v1');
    expect(await footer().textContent()).toContain('Methodology v1.');
    expect(query().has('methodology')).toBe(false);

    const asked = page.waitForRequest(
      (r) => r.url().includes('/api/analytics/maturity') && r.url().includes('methodology=v2'),
    );
    await switchSelect().selectOption('v2');
    await asked;
    expect(query().get('methodology')).toBe('v2');
    await expect.poll(() => footer().textContent()).toContain('Methodology v2.');
    expect(await page.getByTestId('methodology-switch').textContent()).toContain('Every item weighs the same');

    // A shared link reproduces the view: a reload keeps v2.
    await page.reload();
    await expect.poll(() => switchSelect().inputValue()).toBe('v2');
    await browser?.screenshot('methodology-overview-v2.png');
  });

  it('compares the regions’ ranks under v1 and v2 with the API’s figures of each', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'v1 and v2' }).click();
    await page.waitForURL((url) => url.pathname === '/methodology');
    await page.getByRole('combobox', { name: 'Year' }).selectOption(String(year));
    const table = page.getByTestId('methodology-rank-table');
    await table.waitFor();

    const [v1, v2] = await Promise.all([apiMeans('v1'), apiMeans('v2')]);
    expect(v1.size, 'the demo data have regional means in the latest year').toBeGreaterThan(1);
    const best = [...v1.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const row = table.locator(`tr[data-region="${best[0]}"]`);
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(0, 2)).toEqual([indexText(best[1]), '1']);
    expect(cells[2]).toBe(indexText(v2.get(best[0])!));
    const changed = [...v1.keys()].filter((region) => {
      // Ranked as the page shows the means: to one decimal.
      const shown = (m: number) => Math.round(m * 10) / 10;
      const rankOf = (means: Map<string, number>, r: string) =>
        1 + [...means.values()].filter((m) => shown(m) > shown(means.get(r)!)).length;
      return v2.has(region) && rankOf(v1, region) !== rankOf(v2, region);
    });
    expect(await table.locator('tr.rank-changed').count()).toBe(changed.length);
    await browser?.screenshot('methodology-compare-en.png');
  });

  it('lets an admin adopt v2 with a reason, and the default changes for every figure', async () => {
    await signOut(page);
    await signInWithDemoAccount(page, ADMIN);
    await page.goto(`${app.baseUrl}/methodology?lang=en`);
    const form = page.getByTestId('adopt-methodology-form');
    await form.getByLabel('Version to adopt').selectOption('v2');
    await form.getByLabel('Reason for the decision').fill('Every item should weigh the same (board decision).');
    await form.getByRole('button', { name: 'Adopt as the default' }).click();

    await expect.poll(() => page.getByTestId('methodology-default').textContent()).toContain('Methodology v2');
    expect(await page.getByTestId('methodology-decision').textContent()).toContain(ADMIN);
    const decision = await app.getJson<MethodologyAnswer>('/api/methodology');
    expect(decision).toMatchObject({ default: 'v2', reason: 'Every item should weigh the same (board decision).' });
    expect((await app.getJson<{ methodologyVersion: string }>('/api/meta')).methodologyVersion).toBe('v2');
    await browser?.screenshot('methodology-adopted-en.png');

    // Without a version in the address, the dashboard now shows v2's figures and says so.
    await page.goto(`${app.baseUrl}/?lang=en`);
    await expect.poll(() => switchSelect().inputValue()).toBe('v2');
    await expect.poll(() => footer().textContent()).toContain('Methodology v2.');
    expect(browser?.problems ?? []).toEqual([]);
  });
});
