/**
 * A developer opens the API documentation of the BUILT app in the system's Chromium: Swagger UI runs under
 * its own Content-Security-Policy (scripts from the app's origin only), lists the routes, opens one, and
 * nothing is refused by the policy. The screenshot lands in tests/artifacts/api-docs.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness, type AppProcess } from '../support/app-process.js';
import { openBrowser, type BrowserSession } from '../support/browser.js';

describe('a developer reads the API documentation in Chromium', () => {
  const harness = new AppHarness();
  let app: AppProcess;
  let browser: BrowserSession | undefined;
  let page: Page;
  /** What the page's policy refused, as the browser reports it to the page. */
  const refused: string[] = [];

  beforeAll(async () => {
    app = await harness.start({ demoData: false });
    browser = await openBrowser(harness);
    page = browser.page;
    await page.exposeFunction('reportRefused', (what: string) => refused.push(what));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportRefused: (what: string) => void }).reportRefused(
          `${e.effectiveDirective}: ${e.blockedURI || 'inline'}`,
        );
      });
    });
  });

  afterAll(async () => {
    await browser?.close();
    await harness.cleanup();
  });

  it('gets the page with a policy of its own: scripts from the origin only, no framing', async () => {
    const res = await app.fetch('/api/docs');
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('renders the routes and opens one, with nothing refused by the policy', async () => {
    await page.goto(`${app.baseUrl}/api/docs`);
    const validate = page.locator('.opblock-summary', { hasText: '/api/assessments/{id}/validate' });
    await validate.first().waitFor();
    await validate.first().click();
    // The operation opens (the app's script works) and shows the body schema it requires.
    await page.locator('.opblock.is-open .opblock-section-request-body').first().waitFor();
    // The stylesheet applies (swagger-ui.css colours a POST operation's border).
    const border = await page
      .locator('.opblock.opblock-post')
      .first()
      .evaluate((el) => getComputedStyle(el).borderColor);
    expect(border).toBe('rgb(73, 204, 144)');
    await browser?.screenshot('api-docs.png');
    expect(refused).toEqual([]);
    expect(browser?.problems).toEqual([]);
  });
});
