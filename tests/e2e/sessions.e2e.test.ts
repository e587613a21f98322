/**
 * An analyst works in many tabs of the BUILT app, in the system's Chromium: signed in once, a copied deep link
 * opened in a new tab shows the page, signed in; so does the printable report Ctrl-clicked from it. The session
 * is an HttpOnly cookie no script reads, and a write without the page's CSRF token is refused. Signing out in
 * one tab sends the others to the sign-in page. Another browser, without the cookie, opening the same link signs
 * in first and lands on the link. Screenshots land in tests/artifacts/sessions-*.png.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness, type AppProcess } from '../support/app-process.js';
import { ARTIFACTS, openBrowser, signInWithDemoAccount, signOut, type BrowserSession } from '../support/browser.js';

const ANALYST = 'analyst@demo.example.org';
/** A deep link with a query string, as an analyst copies it from the address bar. */
const DEEP_LINK = '/countries/FRA?grouping=wco&lang=en';

const harness = new AppHarness();
let app: AppProcess;
let browser: BrowserSession | undefined;
let page: Page;
/** The second and third tabs of the same browser: the deep link, and the report opened from it. */
let linkTab: Page;
let reportTab: Page;

const heading = (tab: Page) => tab.getByRole('heading', { level: 1 });
const shot = (tab: Page, name: string) => tab.screenshot({ path: join(ARTIFACTS, name), fullPage: true });
const pathOf = (tab: Page) => {
  const url = new URL(tab.url());
  return `${url.pathname}${url.search}`;
};

beforeAll(async () => {
  // Loading the demo data takes a while on a busy machine.
  app = await harness.start({ demoData: true, healthTimeoutMs: 170_000 });
  browser = await openBrowser(harness);
  page = browser.page;
});

afterAll(async () => {
  await browser?.close();
  await harness.cleanup();
});

describe('an analyst signed in once works in many tabs', () => {
  it('signs in; the session is an HttpOnly cookie on /api, and nothing is kept in web storage', async () => {
    await page.goto(`${app.baseUrl}/login?lang=en`);
    await signInWithDemoAccount(page, ANALYST);
    const cookies = await browser!.context.cookies(`${app.baseUrl}/api/`);
    const session = cookies.find((c) => c.name === 'cpc_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api', secure: false });
    // The cookie dies with the session, eight hours on, not with the browser.
    expect(session!.expires * 1000 - Date.now()).toBeGreaterThan(8 * 3600_000 - 120_000);
    const seenByScripts = await page.evaluate(() => ({
      cookie: document.cookie,
      stored: sessionStorage.length + localStorage.length,
    }));
    expect(seenByScripts).toEqual({ cookie: '', stored: 0 });
  });

  it('opens a copied deep link in a new tab, signed in, on the page and view of the link', async () => {
    linkTab = await browser!.context.newPage();
    await linkTab.goto(`${app.baseUrl}${DEEP_LINK}`);
    await expect.poll(() => heading(linkTab).textContent()).toContain('France');
    expect(pathOf(linkTab)).toBe(DEEP_LINK);
    await expect.poll(() => linkTab.locator('.user-menu-button').textContent()).toContain(ANALYST);
    await shot(linkTab, 'sessions-01-deep-link-new-tab.png');
  });

  it('opens the printable report in a new tab with Ctrl-click, signed in', async () => {
    const opened = browser!.context.waitForEvent('page');
    await linkTab.getByRole('link', { name: 'Printable report' }).click({ modifiers: ['Control'] });
    reportTab = await opened;
    await reportTab.waitForURL((url) => url.pathname === '/countries/FRA/report');
    await expect.poll(() => heading(reportTab).textContent()).toBe('Country report: France');
    await reportTab.getByTestId('report-footer').waitFor();
    await shot(reportTab, 'sessions-02-report-new-tab.png');
  });

  it('reads with the cookie alone, but may not write without the page’s CSRF token', async () => {
    const answers = await linkTab.evaluate(async () => {
      const me = await fetch('/api/auth/me');
      const write = await fetch('/api/groupings', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Forged', countries: ['FRA'] }),
      });
      return { me: me.status, write: write.status, code: ((await write.json()) as { code?: string }).code };
    });
    expect(answers).toEqual({ me: 200, write: 403, code: 'csrf_rejected' });
  });

  it('signs out in the first tab, and the other tabs go to the sign-in page', async () => {
    await signOut(page);
    await linkTab.waitForURL((url) => url.pathname === '/login');
    await reportTab.waitForURL((url) => url.pathname === '/login');
    // Each keeps where it was, to come back to after signing in again.
    expect(new URL(linkTab.url()).searchParams.get('next')).toBe(DEEP_LINK);
    await heading(linkTab).waitFor();
    await shot(linkTab, 'sessions-03-other-tab-signed-out.png');
    expect(
      (await browser!.context.cookies(`${app.baseUrl}/api/`)).find((c) => c.name === 'cpc_session'),
    ).toBeUndefined();
    // The session is revoked on the server too: a reload stays on the sign-in page.
    await linkTab.reload();
    await linkTab.getByTestId('demo-accounts').waitFor();
    expect(new URL(linkTab.url()).pathname).toBe('/login');
  });

  it('had no script errors or failed API calls in the first tab', () => {
    expect(browser?.problems).toEqual([]);
  });
});

describe('another browser, without the cookie', () => {
  it('opens the link on the sign-in page, and lands on the link once signed in', async () => {
    const other = await openBrowser(harness);
    try {
      await other.page.goto(`${app.baseUrl}${DEEP_LINK}`);
      await other.page.getByTestId('demo-accounts').waitFor();
      expect(new URL(other.page.url()).pathname).toBe('/login');
      expect(new URL(other.page.url()).searchParams.get('next')).toBe(DEEP_LINK);
      await shot(other.page, 'sessions-04-new-browser-sign-in.png');
      await signInWithDemoAccount(other.page, ANALYST);
      await expect.poll(() => heading(other.page).textContent()).toContain('France');
      expect(pathOf(other.page)).toBe(DEEP_LINK);
      await shot(other.page, 'sessions-05-new-browser-back-on-link.png');
      expect(other.problems).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
