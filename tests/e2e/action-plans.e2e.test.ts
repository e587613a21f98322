/**
 * A national action plan, in the BUILT app (demo data) and the system's Chromium: France's latest assessment
 * gets a gap on A.6 (joint investigations); its coordinator adopts the handbook's solution into the plan, marks
 * the action done, submits the next assessment with A.6 improved, and sees the gap closed. An analyst comments
 * on the action and reads the region figures on the Action plans page. Screenshots land in tests/artifacts/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser } from '../support/api-as.js';
import { AppHarness, type AppProcess } from '../support/app-process.js';
import { openBrowser, signInWithDemoAccount, signOut, type BrowserSession } from '../support/browser.js';
import { answerEveryQuestion } from '../support/questionnaire.js';

const THIS_YEAR = new Date().getFullYear();
/** Demo data stop at this year; the API accepts next year's questionnaire, so next year is free. */
const NEXT_YEAR = THIS_YEAR + 1;
const COORDINATOR = 'coordinator.fra@demo.example.org';
const ANALYST = 'analyst@demo.example.org';
const SOLUTION = 'Joint investigations in the coexistence, communication and cooperation models.';
const OWNER = 'Customs investigation service (DNRED)';

interface ActionsSeries {
  series: { region: string; year: number; countriesWithPlan: number | null; members: number }[];
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
const nav = () => page.getByRole('navigation', { name: 'Main' });
const actionRow = () => page.getByTestId('plan-actions').locator('tr[data-action]');
const closureRow = () => page.getByTestId('plan-closure').locator('tr[data-closure]');

/** As France's coordinator, through the API: the returned assessment resubmitted with A.6 at "no", a gap. */
async function submitWithGapOnA6(): Promise<number> {
  const user = await demoUser(app, (u) => u.email === COORDINATOR);
  const login = await app.fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  const { token } = (await login.json()) as { token: string };
  const request = (path: string, method = 'GET', json?: unknown) =>
    app.fetch(path, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
  const profile = (await (await request('/api/countries/FRA/profile?grouping=wco')).json()) as {
    assessments: { id: string; year: number; status: string }[];
  };
  const returned = profile.assessments.find((a) => a.status === 'returned');
  if (!returned) throw new Error('the demo data hold no returned assessment of France');
  const path = `/api/assessments/${returned.id}`;
  const stored = (await (await request(path)).json()) as { version: number; answers: Record<string, unknown> };
  const patched = await request(path, 'PATCH', {
    version: stored.version,
    answers: { ...stored.answers, 'A.6': 'no' },
  });
  expect(patched.status).toBe(200);
  const { version } = (await patched.json()) as { version: number };
  expect((await request(`${path}/submit`, 'POST', { version })).status).toBe(200);
  return returned.year;
}

describe('France’s coordinator turns a gap into an action and sees it close', () => {
  it('starts from a latest assessment with a gap on A.6', async () => {
    const year = await submitWithGapOnA6();
    const plan = await app.getJson<{ assessment: { year: number }; candidates: { code: string }[] }>(
      '/api/countries/FRA/actions',
    );
    expect(plan.assessment.year).toBe(year);
    expect(plan.candidates.map((c) => c.code)).toContain('A.6');
  });

  it('adopts the handbook’s solution for A.6 into the plan', async () => {
    await page.goto(`${app.baseUrl}/?lang=en`);
    await page.waitForURL((url) => url.pathname === '/login');
    await signInWithDemoAccount(page, COORDINATOR);
    await page.goto(`${app.baseUrl}/?lang=en`);
    await nav().getByRole('link', { name: 'Action plan', exact: true }).click();
    await expect.poll(() => heading().textContent()).toBe('Action plan: France');

    const candidate = page.getByTestId('plan-candidates').locator('[data-candidate="A.6"]');
    expect(await candidate.textContent()).toContain(SOLUTION);
    await candidate.getByRole('button', { name: 'Adopt an action for A.6' }).click();
    const form = page.getByTestId('plan-form');
    expect(await form.getByLabel('Action', { exact: true }).inputValue()).toBe(SOLUTION);
    expect(await form.getByLabel('Items addressed').inputValue()).toBe('A.6');
    await form.getByLabel('Owner (a unit or a person)').fill(OWNER);
    await browser?.screenshot('plan-01-adopting-a-gap.png');
    await form.getByRole('button', { name: 'Save the action' }).click();

    await expect.poll(() => page.getByTestId('plan-notice').textContent()).toBe('The plan is saved.');
    await expect.poll(() => actionRow().count()).toBe(1);
    expect(await actionRow().textContent()).toContain(OWNER);
    expect(await page.getByTestId('plan-timeline').locator('li[data-status="planned"]').count()).toBe(1);
    expect(await candidate.textContent()).toContain('Actions already addressing it: 1');
  });

  it('marks the action done; its closure awaits the next assessment', async () => {
    await actionRow().locator('select').selectOption('done');
    await page.getByTestId('plan-actions').locator('tr[data-status="done"]').waitFor();
    await expect.poll(() => closureRow().getAttribute('data-closure')).toBe('pending');

    await actionRow().getByRole('button', { name: 'History' }).click();
    const history = page.getByTestId('plan-history');
    await expect.poll(() => history.locator('li').count()).toBe(2);
    expect(await history.locator('li').first().textContent()).toMatch(
      new RegExp(`^Version 2: changed, .*, by ${COORDINATOR.replace(/\./g, '\\.')} — status Done$`),
    );
    await browser?.screenshot('plan-02-action-done.png');
  });

  it(`submits the ${NEXT_YEAR} assessment with joint investigations in place`, async () => {
    await nav().getByRole('link', { name: 'Assessments' }).click();
    await page.getByLabel('Year assessed').selectOption(String(NEXT_YEAR));
    await page.getByRole('button', { name: 'Start the questionnaire' }).click();
    await page.waitForURL((url) => /^\/assessments\/[^/]+$/.test(url.pathname));
    await page
      .getByRole('group', { name: /^A\.6 / })
      .getByLabel('Yes', { exact: true })
      .check();
    await answerEveryQuestion(page);
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByRole('button', { name: 'Confirm submission' }).click();
    await page.getByTestId('outcome-notice').waitFor();
  });

  it('sees the gap closed, and the day the action was done on the trajectory', async () => {
    await nav().getByRole('link', { name: 'Action plan', exact: true }).click();
    await expect.poll(() => closureRow().getAttribute('data-closure')).toBe('closed');
    const cells = await closureRow().locator('td').allTextContents();
    expect(cells).toEqual([String(NEXT_YEAR), 'A.6', 'none', 'All closed']);
    expect(await page.getByTestId('plan-closure-counts').textContent()).toBe(
      'All closed: 1. Partly: 0. Not closed: 0. Awaiting: 0.',
    );
    expect(await page.getByTestId('plan-trajectory').locator('g[data-mark]').count()).toBe(1);
    await browser?.screenshot('plan-03-gap-closed.png');
  });
});

describe('an analyst reads the plan and the region figures', () => {
  it('comments on France’s action without editing the plan', async () => {
    await signOut(page);
    await signInWithDemoAccount(page, ANALYST);
    await page.goto(`${app.baseUrl}/countries/FRA/plan?lang=en`);
    await expect.poll(() => heading().textContent()).toBe('Action plan: France');
    expect(await page.getByTestId('plan-rights-note').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Add an action' }).count()).toBe(0);
    expect(await actionRow().locator('select').count()).toBe(0);

    await actionRow().getByRole('button', { name: 'Comment' }).click();
    await actionRow().getByLabel('Analyst’s comment').fill('Worth sharing with the region.');
    await actionRow().getByRole('button', { name: 'Save the comment' }).click();
    await expect.poll(() => actionRow().locator('.plan-comment').textContent()).toContain('Worth sharing');
  });

  it(`sees Europe’s members with a plan on the Action plans page, as the API counts them`, async () => {
    const api = await app.getJson<ActionsSeries>(`/api/analytics/actions?grouping=wco&from=2016&to=${THIS_YEAR}`);
    const europe = api.series.find((p) => p.region === 'EUR' && p.year === THIS_YEAR);
    expect(europe?.countriesWithPlan).toBeGreaterThanOrEqual(1);

    await page.goto(`${app.baseUrl}/action-plans?grouping=wco&from=2016&to=${THIS_YEAR}&lang=en`);
    await expect.poll(() => heading().textContent()).toBe('Action plans');
    const row = page.getByTestId('actions-table').locator('tr[data-region="EUR"] td');
    await expect.poll(() => row.nth(0).textContent()).toBe(String(europe?.members));
    expect(await row.nth(1).textContent()).toBe(String(europe?.countriesWithPlan));
    expect(await page.getByTestId('gap-closure-caveat').textContent()).toContain('Not causal');
    await browser?.screenshot('plan-04-analyst-dashboard.png');
  });

  it('had no script errors or failed API calls along the way', () => {
    expect(browser?.problems).toEqual([]);
  });
});
