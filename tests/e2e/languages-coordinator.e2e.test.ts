/**
 * The pages a national coordinator works in, in Spanish and Arabic, in the BUILT app and the system's
 * Chromium, signed in as France's demo coordinator: the assessments list, a new draft's questionnaire and
 * its validation errors, its history, a validated assessment's gaps and answers, and the printable country
 * report. Each says its language and direction, overflows at neither 1400 nor 390 px, shows no English
 * sentence its language translates, labels the handbook's texts as an unofficial translation, and in
 * Arabic mirrors the navigation and the forms. The language menu's choice outlasts a reload without
 * `?lang`. Screenshots: tests/artifacts/lang-{es,ar}-coordinator-*-{1400,390}.png.
 */
import type { Page } from 'playwright-core';
import { findItem, localeName, localize } from '@cpc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness, type AppProcess } from '../support/app-process.js';
import { openBrowser, signInWithDemoAccount, type BrowserSession } from '../support/browser.js';
import { englishLeftIn, uiText } from '../support/dictionaries.js';
import {
  charEdges,
  elementsOutsideWindow,
  expectReadingOrder,
  overlappingTexts,
  pageFacts,
  textExtent,
} from '../support/layout.js';
import { answerEveryQuestion } from '../support/questionnaire.js';

const COORDINATOR = 'coordinator.fra@demo.example.org';
const FRANCE = { es: 'Francia', ar: 'فرنسا' } as const;
type Lang = keyof typeof FRANCE;
const LANGS = Object.keys(FRANCE) as Lang[];
const WIDTHS = [1400, 390] as const;

const harness = new AppHarness();
let app: AppProcess;
let browser: BrowserSession | undefined;
let page: Page;
/** A validated assessment of France's, read (not edited) by its coordinator: its scores, gaps and answers. */
let validatedId = '';

beforeAll(async () => {
  app = await harness.start({ demoData: true });
  const { assessments } = await app.getJson<{ assessments: { id: string; year: number; status: string }[] }>(
    '/api/assessments?country=FRA&status=validated',
  );
  for (const { id } of [...assessments].sort((a, b) => b.year - a.year)) {
    const { gaps, answers } = await app.getJson<{ gaps: unknown[]; answers: Record<string, unknown> }>(
      `/api/assessments/${id}`,
    );
    const arrangements = answers['A.1'];
    if (validatedId === '' && gaps.length > 0 && Array.isArray(arrangements) && arrangements.length > 1) {
      validatedId = id;
    }
  }
  expect(validatedId, 'the demo data have a validated assessment of France with gaps, A.1 several answers').not.toBe(
    '',
  );
  browser = await openBrowser(harness);
  page = browser.page;
  await page.goto(`${app.baseUrl}/login`);
  await signInWithDemoAccount(page, COORDINATOR);
});

afterAll(async () => {
  await browser?.close();
  await harness.cleanup();
});

const heading = () => page.locator('main h1').first();
/** The language's name inside a sentence of that language (lower case in Spanish), written out by hand. */
const LANGUAGE_IN_SENTENCE: Record<Lang, string> = { es: 'español', ar: 'العربية' };
const notice = (lang: Lang) => uiText(lang, 'handbookTranslationNotice', { language: LANGUAGE_IN_SENTENCE[lang] });
const question = (code: string, lang: Lang) => localize(findItem(code)!.question, lang);
const dirOf = (lang: Lang) => (lang === 'ar' ? 'rtl' : 'ltr');

/** Waits for the page's heading and for everything it loads. */
async function settled(): Promise<void> {
  await heading().waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .loading-state'));
}

async function open(path: string, lang: Lang): Promise<void> {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`${app.baseUrl}${path}?lang=${lang}`);
  await settled();
}

/**
 * The open page at both widths: its language and direction, its width, no English sentence left; with a
 * screenshot of each width. Returns to 1400 px.
 */
async function checkPage(name: string, lang: Lang): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 1000 });
    const seen = await pageFacts(page);
    expect(seen.lang, name).toBe(lang);
    expect(seen.dir, name).toBe(dirOf(lang));
    expect(seen.width, `${name} at ${width} px`).toBeLessThanOrEqual(width);
    expect(await elementsOutsideWindow(page), `${name} at ${width} px`).toEqual([]);
    expect(englishLeftIn(seen.text, lang), `${name} at ${width} px`).toEqual([]);
    await browser?.screenshot(`lang-${lang}-coordinator-${name}-${width}.png`);
  }
  await page.setViewportSize({ width: 1400, height: 1000 });
}

/** The main navigation starts at the start of the line: its first link is the rightmost in Arabic. */
async function expectNavInReadingOrder(lang: Lang): Promise<void> {
  // On a phone the links fold behind the Menu button; their order is a desktop matter.
  await page.setViewportSize({ width: 1400, height: 1000 });
  const links = page.locator('nav.main-nav a');
  expect(await links.count()).toBeGreaterThan(1);
  // The first two: a long navigation wraps, and its last link may start the next line.
  await expectReadingOrder(dirOf(lang), links.nth(0), links.nth(1), 'main navigation');
}

for (const lang of LANGS) {
  describe(`a coordinator's draft in ${localeName(lang)}`, () => {
    let draftPath = '';

    it('lists France’s assessments, with the form that starts a new one', async () => {
      await open('/assessments', lang);
      await expect
        .poll(() => heading().textContent())
        .toBe(uiText(lang, 'assessmentsOfCountry', { country: FRANCE[lang] }));
      expect(await page.locator('nav.main-nav a[aria-current="page"]').textContent()).toBe(
        uiText(lang, 'navAssessments'),
      );
      await expectNavInReadingOrder(lang);
      // An e-mail address reads left to right in every language: too long, it loses its end, never its start.
      const email = await charEdges(page.locator('.user-menu-email'));
      const menu = (await page.locator('.user-menu-button').boundingBox())!;
      expect(email.first, 'the e-mail shows its first letter').toBeGreaterThanOrEqual(menu.x);
      expect(email.last).toBeGreaterThan(email.first);
      const form = page.locator('.new-assessment');
      expect(await form.locator('h2').textContent()).toBe(uiText(lang, 'newAssessmentTitle'));
      // The year's label and its drop-down share the start edge of the line.
      const [label, select] = [await form.locator('label').boundingBox(), await form.locator('select').boundingBox()];
      const edge = (b: typeof label) => (lang === 'ar' ? b!.x + b!.width : b!.x);
      expect(Math.abs(edge(label) - edge(select)), 'the label starts where its drop-down starts').toBeLessThan(2);
      await checkPage('assessments', lang);

      // The account's menu opens under its button, inside a phone's screen.
      await page.setViewportSize({ width: 390, height: 1000 });
      await page.locator('.user-menu-button').click();
      await page.locator('.user-menu-panel').waitFor();
      expect(await elementsOutsideWindow(page), 'the open user menu at 390 px').toEqual([]);
      await browser?.screenshot(`lang-${lang}-coordinator-user-menu-390.png`);
      await page.keyboard.press('Escape');
    });

    it('starts a draft, whose questionnaire reads in the language with the handbook’s notice', async () => {
      await page.getByRole('button', { name: uiText(lang, 'newAssessmentCreate') }).click();
      await page.waitForURL((url) => /^\/assessments\/[^/]+$/.test(url.pathname));
      draftPath = new URL(page.url()).pathname;
      await settled();
      expect(new URL(page.url()).searchParams.get('lang')).toBe(lang);
      expect(await page.locator('.assessment-facts .status-badge').textContent()).toBe(uiText(lang, 'statusDraft'));
      expect(await page.getByTestId('translation-notice').first().textContent()).toBe(notice(lang));
      const item = page.locator('[data-item="A.2.1"]');
      expect(await item.locator('.item-question').first().textContent()).toBe(question('A.2.1', lang));

      await item.locator('input[type="radio"]').first().check();
      await page.locator('[data-item="A.1"] input[type="checkbox"]').first().check();
      expect(await page.getByTestId('save-status').textContent()).toBe(uiText(lang, 'unsavedChanges'));
      // A radio button, then its label, in the reading order.
      const radio = item.locator('input[type="radio"]').first();
      const radioLabel = item.locator(`label[for="${await radio.getAttribute('id')}"]`);
      await expectReadingOrder(dirOf(lang), radio, radioLabel, 'a radio button and its label');
      await expectNavInReadingOrder(lang);
      await checkPage('questionnaire', lang);
    });

    it('says in the language what keeps it from being submitted', async () => {
      await page.getByRole('button', { name: uiText(lang, 'submit'), exact: true }).click();
      const summary = page.getByTestId('issue-summary');
      await summary.waitFor();
      expect(await summary.locator('h2').textContent()).toBe(uiText(lang, 'issuesTitle'));
      expect(await summary.locator('li').first().textContent()).toContain(question('A.2.2', lang));
      const errors = page.locator('.item-error');
      expect(await errors.count()).toBeGreaterThan(0);
      expect(new Set(await errors.allTextContents())).toEqual(new Set([uiText(lang, 'issueMissing')]));
      await checkPage('questionnaire-errors', lang);
    });

    it('saves the draft, and its history names each change in the language', async () => {
      await page.getByRole('button', { name: uiText(lang, 'saveDraft') }).click();
      const saved = uiText(lang, 'savedAt').split('{time}')[0]!;
      await expect.poll(() => page.getByTestId('save-status').textContent()).toContain(saved);

      await page.getByRole('link', { name: uiText(lang, 'viewHistory') }).click();
      await page.waitForURL((url) => url.pathname === `${draftPath}/history`);
      const timeline = page.getByTestId('revision-timeline');
      await timeline.waitFor();
      await expect
        .poll(() => heading().textContent())
        .toBe(uiText(lang, 'historyTitle', { country: FRANCE[lang], year: await draftYear() }));
      expect(await timeline.locator('tr', { hasText: 'A.2.1' }).locator('.change-question').textContent()).toBe(
        ` ${question('A.2.1', lang)}`,
      );
      expect(await page.getByTestId('translation-notice').textContent()).toBe(notice(lang));
      await checkPage('history', lang);
    });

    it('is completed and submitted: the confirmation and the outcome in the language', async () => {
      await page.goto(`${app.baseUrl}${draftPath}?lang=${lang}`);
      await settled();
      await answerEveryQuestion(page);
      await page.getByRole('button', { name: uiText(lang, 'submit'), exact: true }).click();
      const confirm = page.locator('.submit-confirm');
      expect(await confirm.locator('p').textContent()).toBe(uiText(lang, 'submitConfirmText'));
      await expectReadingOrder(
        dirOf(lang),
        confirm.locator('button').first(),
        confirm.locator('button').last(),
        'confirm, then cancel',
      );
      await checkPage('questionnaire-confirm', lang);
      await confirm.getByRole('button', { name: uiText(lang, 'submitConfirm') }).click();
      expect(await page.getByTestId('outcome-notice').textContent()).toBe(uiText(lang, 'outcomeSubmitted'));
      expect(await page.locator('.assessment-facts .status-badge').textContent()).toBe(uiText(lang, 'statusSubmitted'));
      await checkPage('submitted', lang);
    });

    /** The year of the draft this language's story opened, from its assessment page's address. */
    async function draftYear(): Promise<number> {
      const id = draftPath.split('/').pop()!;
      return (await app.getJson<{ year: number }>(`/api/assessments/${id}`)).year;
    }
  });

  describe(`what a coordinator reads in ${localeName(lang)}`, () => {
    it('reads a validated assessment: its scores, gaps and answers', async () => {
      await open(`/assessments/${validatedId}`, lang);
      const gaps = page.getByTestId('gap-list');
      expect(await gaps.locator('h2').textContent()).toBe(uiText(lang, 'gapsTitle'));
      expect(await gaps.getByTestId('translation-notice').textContent()).toBe(notice(lang));
      const gap = gaps.locator('li.gap').first();
      const code = (await gap.getAttribute('data-gap'))!;
      expect(await gap.locator('h3').textContent()).toBe(`${code} ${question(code, lang)}`);
      const answers = page.getByTestId('answers-view');
      expect(await answers.locator('h2').textContent()).toBe(uiText(lang, 'answersTitle'));
      expect(await answers.getByTestId('translation-notice').textContent()).toBe(notice(lang));
      // Several options of one answer: Arabic separates them with its own semicolon.
      const options = await answers.locator('[data-item="A.1"] dd span').first().textContent();
      expect(options).toContain(lang === 'ar' ? '\u061b ' : '; ');
      // "67.8 / 100" in either language, never "100 / 67.8".
      const index = await charEdges(page.getByTestId('overall-index'));
      expect(index.first, 'the index before its scale').toBeLessThan(index.last);
      await checkPage('gaps', lang);
    });

    it('prints France’s report in the language', async () => {
      await open('/countries/FRA/report', lang);
      await page.getByTestId('report-footer').waitFor();
      await expect.poll(() => heading().textContent()).toBe(uiText(lang, 'reportTitle', { country: FRANCE[lang] }));
      expect(await page.getByRole('button', { name: uiText(lang, 'reportPrint') }).count()).toBe(1);
      const gaps = page.getByTestId('gap-list');
      expect(await gaps.getByTestId('translation-notice').textContent()).toBe(notice(lang));
      await expectReadingOrder(dirOf(lang), heading(), page.locator('.report-actions'), 'the title and its actions');
      expect(await overlappingTexts(page.getByTestId('trajectory-chart')), 'the trajectory’s figures').toEqual([]);
      await checkPage('report', lang);

      // On paper: A4 less its margins (182 mm, 688 px), without the site's header, the title at the start.
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 688, height: 1000 });
      expect(await page.locator('.page-header').isVisible()).toBe(false);
      // Charts follow their box's new width a frame later (ResizeObserver).
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(688);
      const [title, report] = [await textExtent(heading()), await textExtent(page.getByTestId('country-report'))];
      if (lang === 'ar') expect(report.right - title.right, 'the title at the right').toBeLessThan(2);
      else expect(title.left - report.left, 'the title at the left').toBeLessThan(2);
      await browser?.screenshot(`lang-${lang}-coordinator-report-print.png`);
      await page.emulateMedia({ media: null });
    });
  });
}

describe('the language menu', () => {
  const langOfPage = () => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

  it('is remembered: a page opened or reloaded without ?lang stays in the language chosen', async () => {
    await open('/assessments', 'es');
    await page.locator('.language-switch a[hreflang="ar"]').click();
    await expect.poll(langOfPage).toEqual(['ar', 'rtl']);

    await page.goto(`${app.baseUrl}/assessments`);
    await settled();
    expect(await langOfPage()).toEqual(['ar', 'rtl']);
    await expect.poll(() => heading().textContent()).toBe(uiText('ar', 'assessmentsOfCountry', { country: FRANCE.ar }));
    await page.reload();
    await settled();
    expect(await langOfPage()).toEqual(['ar', 'rtl']);

    await page.locator('.language-switch a[hreflang="es"]').click();
    await expect.poll(langOfPage).toEqual(['es', 'ltr']);
    await page.goto(`${app.baseUrl}/countries/FRA/report`);
    await settled();
    expect(await langOfPage()).toEqual(['es', 'ltr']);
    await expect.poll(() => heading().textContent()).toBe(uiText('es', 'reportTitle', { country: FRANCE.es }));
  });

  it('had no script errors or failed API calls along the way', () => {
    expect(browser?.problems).toEqual([]);
  });
});
