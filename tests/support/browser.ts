/**
 * The system's Chromium, driven by playwright-core, for the browser stories in e2e/. Never a downloaded
 * browser: `npx playwright install` fails on these machines.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { REPO_ROOT, type AppHarness } from './app-process.js';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const ARTIFACTS = join(REPO_ROOT, 'tests/artifacts');
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const UI_TIMEOUT_MS = 20_000;

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Anything that went wrong in the page: script errors, console errors, failed API calls. */
  problems: string[];
  /** A full-page screenshot in tests/artifacts/. */
  screenshot: (name: string) => Promise<void>;
  close: () => Promise<void>;
}

/** Opens one tab in a fresh profile (deleted by the harness's cleanup) and watches it for problems. */
export async function openBrowser(harness: AppHarness): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}. These browser tests use the system's Chromium: install it with ` +
        '`apt-get update && apt-get install -y chromium` (or point CHROMIUM_PATH at one). ' +
        'Do not run `npx playwright install`.',
    );
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const context = await chromium.launchPersistentContext(harness.tempDir('cpc-chromium-'), {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 1000 },
    locale: 'en-GB',
  });
  context.setDefaultTimeout(UI_TIMEOUT_MS);
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/') && r.status() >= 400) {
      problems.push(`${r.status()} from ${r.url()}`);
    }
  });
  return {
    context,
    page,
    problems,
    screenshot: async (name) => {
      await page.screenshot({ path: join(ARTIFACTS, name), fullPage: true });
    },
    close: () => context.close().catch(() => undefined),
  };
}

/**
 * Signs in through the login page with one of the demo accounts it lists (demo mode only): one click
 * fills the form, a second signs in. The login page must be open.
 */
export async function signInWithDemoAccount(page: Page, email: string): Promise<void> {
  await page.getByTestId('demo-accounts').waitFor();
  await page.getByTestId('demo-accounts').locator('tr', { hasText: email }).getByRole('button').click();
  await page.locator('form.login-form button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** Signs out with the user menu, and waits for the login page. */
export async function signOut(page: Page): Promise<void> {
  await page.locator('.user-menu-button').click();
  await page.locator('.user-menu-panel button').click();
  await page.waitForURL((url) => url.pathname === '/login');
}
