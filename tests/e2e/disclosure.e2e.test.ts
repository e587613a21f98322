/**
 * Confidentiality in the BUILT app (demo data) and the system's Chromium: France's viewer reads protected
 * figures with their explanation and no median band; Kenya's coordinator shares Kenya's figures with the
 * members on Kenya's profile, after which France's viewer sees Kenya's own value on the map (and before, only
 * its region's mean). Screenshots land in tests/artifacts/disclosure-*.png.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness, type AppProcess } from '../support/app-process.js';
import { ARTIFACTS, openBrowser, signInWithDemoAccount, signOut, type BrowserSession } from '../support/browser.js';
import { apiAs, demoUser, indexText, type DemoUser } from '../support/api-as.js';

const YEAR = new Date().getFullYear();

interface CurrentAssessments {
  protected: boolean;
  items: { country: string; scores: { overall: number } }[];
}

interface Disclosure {
  iso3: string;
  level: string;
  updatedAt: string | null;
  updatedBy: string | null;
}

const harness = new AppHarness();
let app: AppProcess;
let browser: BrowserSession | undefined;
let page: Page;
let viewer: DemoUser;
let coordinator: DemoUser;
/** Kenya's overall index this year, as analysts see it. */
let kenyaIndex = 0;

beforeAll(async () => {
  app = await harness.start({ demoData: true });
  viewer = await demoUser(app, (u) => u.role === 'viewer' && u.country === 'FRA');
  coordinator = await demoUser(app, (u) => u.role === 'coordinator' && u.country === 'KEN');
  const exact = await app.getJson<CurrentAssessments>(`/api/analytics/countries?grouping=wco&year=${YEAR}`);
  const kenya = exact.items.find((i) => i.country === 'KEN');
  expect(kenya, 'the demo data give Kenya a current assessment this year').toBeDefined();
  kenyaIndex = kenya!.scores.overall;
  browser = await openBrowser(harness);
  page = browser.page;
});

afterAll(async () => {
  await browser?.close();
  await harness.cleanup();
});

const heading = () => page.getByRole('heading', { level: 1 });
const mapRow = (iso3: string) => page.getByTestId('country-table').locator(`tr[data-iso3="${iso3}"]`);

async function signInAs(user: DemoUser): Promise<void> {
  await page.goto(`${app.baseUrl}/login?lang=en`);
  await signInWithDemoAccount(page, user.email);
}

/** A close-up of one part of the page, beside the full-page screenshots. */
async function closeUp(part: Locator, name: string): Promise<void> {
  await part.screenshot({ path: join(ARTIFACTS, name) });
}

/** The map of this year, pictured, then its table opened; returns how Kenya is drawn on the map. */
async function openMap(screenshot: string): Promise<{ source: string | null; clickable: boolean }> {
  await page.goto(`${app.baseUrl}/map?grouping=wco&year=${YEAR}&lang=en`);
  const kenya = page.getByTestId('world-map').locator('path[data-iso3="KEN"]');
  await kenya.waitFor();
  await page.getByTestId('protected-figures-notice').waitFor();
  await browser?.screenshot(screenshot);
  const drawn = {
    source: await kenya.getAttribute('data-source'),
    clickable: (await page.getByTestId('world-map').locator('a.map-link path[data-iso3="KEN"]').count()) > 0,
  };
  await page.getByRole('button', { name: /Show as table/ }).click();
  await page.getByTestId('country-table').waitFor();
  return drawn;
}

describe('an administration shares its figures with the members, and another member’s viewer sees them', () => {
  it('France’s viewer sees the overview’s figures protected, with the explanation and no median band', async () => {
    await signInAs(viewer);
    await page.goto(`${app.baseUrl}/?grouping=wco&from=2016&to=${YEAR}&band=true&lang=en`);
    await expect.poll(() => heading().textContent()).toBe('Cooperation maturity overview');

    const notice = page.getByTestId('protected-figures-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      'Protected figures. Administrations that keep their figures confidential are included with a bounded perturbation',
    );
    expect(await notice.textContent()).toContain('medians, quartiles and extremes are not shown');

    const chart = page.getByTestId('maturity-chart');
    await chart.locator('path.recharts-line-curve').first().waitFor();
    // Even with the band asked for in the address, there is no band to draw, nor a box to ask for one.
    expect(await chart.getAttribute('data-band')).toBe('false');
    expect(await chart.locator('.region-band').count()).toBe(0);
    expect(await page.getByLabel('Show interquartile range').count()).toBe(0);
    const headers = await page.getByTestId('coverage-table').locator('thead th').allTextContents();
    expect(headers).not.toContain('Median index');
    expect(headers).not.toContain('Interquartile range');
    await browser?.screenshot('disclosure-01-overview-viewer.png');
  });

  it('France’s viewer sees Kenya by its region’s mean only, while Kenya keeps its figures confidential', async () => {
    const get = await apiAs(app, viewer);
    const sent = await get<CurrentAssessments>(`/api/analytics/countries?grouping=wco&year=${YEAR}`);
    expect(sent.protected).toBe(true);
    expect(sent.items.map((i) => i.country)).not.toContain('KEN');

    expect(await openMap('disclosure-02-map-before.png')).toEqual({ source: 'region', clickable: false });
    const kenya = mapRow('KEN');
    expect(await kenya.textContent()).toContain('region mean');
    expect(await kenya.locator('a').count()).toBe(0);
    await signOut(page);
  });

  it('Kenya’s coordinator shares Kenya’s figures with the members from Kenya’s profile', async () => {
    await signInAs(coordinator);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My country' }).click();
    await page.waitForURL((url) => url.pathname === '/countries/KEN');
    await expect.poll(() => heading().textContent()).toBe('Country profile: Kenya');

    const panel = page.getByTestId('disclosure-panel');
    await panel.getByTestId('disclosure-level').waitFor();
    expect(await panel.getByTestId('disclosure-level').textContent()).toBe('Confidential');
    expect(await panel.getByTestId('disclosure-set-by').textContent()).toBe(
      'Never changed: confidential is the default.',
    );

    await panel.getByRole('radio', { name: 'Shared with members' }).check();
    await panel.getByRole('button', { name: 'Save the preference' }).click();
    await panel
      .getByText('Share the country-level figures of Kenya with the national users of every member?')
      .waitFor();
    await panel.getByRole('button', { name: 'Yes, change it' }).click();
    await panel.getByText('The preference is saved: Shared with members.').waitFor();
    await expect.poll(() => panel.getByTestId('disclosure-level').textContent()).toBe('Shared with members');
    expect(await panel.getByTestId('disclosure-set-by').textContent()).toContain(`Set by ${coordinator.email} on`);
    const history = panel.getByTestId('disclosure-history').locator('tbody tr');
    await history.first().waitFor();
    expect(await history.count()).toBe(1);
    expect(await history.first().textContent()).toContain('Shared with members');
    expect(await history.first().textContent()).toContain(coordinator.email);

    const stored = await app.getJson<Disclosure>('/api/countries/KEN/disclosure');
    expect(stored).toMatchObject({ iso3: 'KEN', level: 'members', updatedBy: coordinator.email });
    await browser?.screenshot('disclosure-03-profile.png');
    await closeUp(panel, 'disclosure-03-profile-panel.png');
    await signOut(page);
  });
});

describe('an administration shares its figures with the members, and another member’s viewer sees them', () => {
  it('France’s viewer now sees Kenya’s own value on the map, and may open its profile', async () => {
    await signInAs(viewer);
    const get = await apiAs(app, viewer);
    const sent = await get<CurrentAssessments>(`/api/analytics/countries?grouping=wco&year=${YEAR}`);
    expect(sent.items.find((i) => i.country === 'KEN')?.scores.overall).toBe(kenyaIndex);

    expect(await openMap('disclosure-04-map-after.png')).toEqual({ source: 'country', clickable: true });
    const kenya = mapRow('KEN');
    expect(await kenya.getAttribute('data-state')).toBe('value');
    expect(await kenya.locator('td').nth(1).textContent()).toBe(indexText(kenyaIndex));
    expect(await kenya.textContent()).not.toContain('region mean');
    // Countries that keep their figures confidential still show their region's mean.
    expect(await mapRow('UGA').textContent()).toContain('region mean');
    await closeUp(kenya, 'disclosure-04-map-table-kenya.png');

    await kenya.getByRole('link', { name: 'Kenya', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/countries/KEN');
    await expect.poll(() => heading().textContent()).toBe('Country profile: Kenya');
    await page.getByTestId('profile-facts').waitFor();
    const panel = page.getByTestId('disclosure-panel');
    await expect.poll(() => panel.getByTestId('disclosure-level').textContent()).toBe('Shared with members');
    // Another country's viewer may neither change the preference nor read its history.
    expect(await panel.getByRole('radio').count()).toBe(0);
    expect(await panel.getByTestId('disclosure-history').count()).toBe(0);
    await browser?.screenshot('disclosure-05-kenya-profile-as-viewer.png');
  });

  it('had no script errors or failed API calls', () => {
    expect(browser?.problems).toEqual([]);
  });
});
