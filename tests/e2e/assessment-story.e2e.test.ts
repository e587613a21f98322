/**
 * The life of one assessment, in the BUILT app (demo data) and the system's Chromium:
 * France's coordinator answers the questionnaire of the latest year France has not answered, in French, saves a
 * draft and submits it;
 * an analyst validates it from the review queue; the dashboard then counts it for Europe.
 * A screenshot per step lands in tests/artifacts/ (story-*.png).
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness, type AppProcess } from '../support/app-process.js';
import { openBrowser, signInWithDemoAccount, signOut, type BrowserSession } from '../support/browser.js';
import { point, type Maturity } from '../support/product.js';

/** The latest year, up to this one, that France has no assessment for in the demo data (pickers stop at this year). */
let YEAR = 0;
const COORDINATOR = 'coordinator.fra@demo.example.org';
const ANALYST = 'analyst@demo.example.org';

const harness = new AppHarness();
let app: AppProcess;
let browser: BrowserSession | undefined;
let page: Page;
let assessmentPath = '';
/** Europe's assessed administrations in YEAR before the story, and its member count, read from the API. */
let europeBefore = { assessed: 0, members: 0 };
/** Whether an older assessment of France, within the reporting cycle, already counted it that year. */
let franceCountedBefore = false;

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
/** An item of the questionnaire, found by its legend: "A.3.2 Si oui, …". */
const item = (code: string): Locator =>
  page.getByRole('group', { name: new RegExp(`^${code.replace(/\./g, '\\.')} `) });
const textItem = (code: string): Locator => page.getByLabel(new RegExp(`^${code.replace(/\./g, '\\.')} `));
const choose = (code: string, label: string) => item(code).getByLabel(label, { exact: true }).check();

async function latestYearFranceLacks(): Promise<number> {
  const { assessments } = await app.getJson<{ assessments: { year: number }[] }>('/api/assessments?country=FRA');
  const taken = new Set(assessments.map((a) => a.year));
  let year = new Date().getFullYear();
  while (taken.has(year)) year -= 1;
  return year;
}

describe(`France's questionnaire for a year it has not answered, from the first answer to the dashboard`, () => {
  it('starts from the figures the API reports for Europe that year', async () => {
    YEAR = await latestYearFranceLacks();
    const maturity = await app.getJson<Maturity>(`/api/analytics/maturity?grouping=wco&from=${YEAR}&to=${YEAR}`);
    const europe = point(maturity, 'EUR', YEAR);
    europeBefore = { assessed: europe.assessed, members: europe.members };
    expect(europeBefore.members).toBeGreaterThan(0);
    // An older assessment within the reporting cycle may already count France for that year.
    const current = await app.getJson<{ items: { country: string }[] }>(
      `/api/analytics/countries?grouping=wco&year=${YEAR}`,
    );
    franceCountedBefore = current.items.some((item) => item.country === 'FRA');
  });

  it('the coordinator of France signs in and switches to French', async () => {
    await page.goto(`${app.baseUrl}/`);
    await page.waitForURL((url) => url.pathname === '/login');
    await signInWithDemoAccount(page, COORDINATOR);

    await page.locator('a[hreflang="fr"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('fr');
    await expect.poll(() => heading().textContent()).toBe('Vue d’ensemble de la maturité de la coopération');
    await browser?.screenshot('story-01-coordinator-signed-in-fr.png');
  });

  it('she starts the questionnaire for that year', async () => {
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Évaluations' })
      .click();
    await expect.poll(() => heading().textContent()).toBe('Évaluations : France');

    await page.getByLabel('Année évaluée').selectOption(String(YEAR));
    await page.getByRole('button', { name: 'Commencer le questionnaire' }).click();

    await page.waitForURL((url) => /^\/assessments\/[^/]+$/.test(url.pathname));
    assessmentPath = new URL(page.url()).pathname;
    await expect.poll(() => heading().textContent()).toBe(`Évaluation France, ${YEAR}`);
    expect(await page.locator('.assessment-facts .status-badge').textContent()).toBe('Brouillon');
    expect(await page.getByTestId('action-bar').textContent()).toContain('Réponses : 0 sur 22 questions');
    await browser?.screenshot('story-02-new-questionnaire.png');
  });

  it('she answers every question in French; follow-up questions appear and disappear with the answers', async () => {
    // Gouvernance et cadre formel
    await choose('A.1', 'Protocole d’entente (PE)');
    await choose('A.1', 'Comité de coopération douane-police (CCDP)');
    await page
      .getByLabel('Commentaire sur A.1 (facultatif)')
      .fill('Protocole signé en 2024 ; le comité se réunit deux fois par an.');
    await choose('A.19', 'Oui');
    // Échange d’informations
    await choose('A.2.1', 'Oui');
    await choose('A.2.2', 'Régulier');
    // Analyse de risque et ciblage: the basis is asked once cooperation exists.
    expect(await item('A.3.2').count()).toBe(0);
    await choose('A.3.1', 'Partiellement');
    await choose('A.3.2', 'PE');
    // Contrôles et opérations conjoints
    await choose('A.4.1', 'Oui');
    await choose('A.4.2', 'Cadre législatif');
    // Prérogatives de lutte contre la fraude: with fewer than all eight areas, A.5.2 asks which are missing.
    for (const area of ['Stupéfiants', 'Contrefaçons', 'Contrebande de devises', 'Armes']) await choose('A.5.1', area);
    await textItem('A.5.2').fill(
      'Les espèces menacées, le tabac, les biens culturels et les déchets relèvent d’autres services.',
    );
    await choose('A.9', 'Oui');
    await choose('A.10', 'Cadre propre');
    await choose('A.11', 'Partiellement');
    await choose('A.12', 'Compétence propre');
    // Interceptions et enquêtes
    await choose('A.6', 'Oui');
    await choose('A.7.1', 'Criminalité organisée');
    await textItem('A.7.2').fill('Un service d’enquêtes douanières à compétence nationale.');
    await choose('A.8', 'Partiellement');
    // Mise en commun des ressources, agents de liaison
    await choose('A.13', 'Partiellement');
    await choose('A.14.1', 'Agents détachés dans un sens');
    await textItem('A.14.2').fill('Un officier de liaison de la douane auprès de la police judiciaire.');
    // Formation croisée des agents: A.16.2 appears with "Oui" and goes again with "Non".
    await choose('A.15.1', 'Oui');
    await textItem('A.15.2').fill('Formation au ciblage et à l’analyse de risque.');
    await choose('A.16.1', 'Oui');
    expect(await textItem('A.16.2').count()).toBe(1);
    await choose('A.16.1', 'Non');
    expect(await textItem('A.16.2').count()).toBe(0);
    // Vue d’ensemble
    await choose('A.17', 'Manque de confiance');
    await choose('A.18', 'Niveau 3 : Coopération');

    expect(await page.getByTestId('action-bar').textContent()).toContain('Réponses : 22 sur 22 questions');
    expect(await page.getByTestId('save-status').textContent()).toBe('Modifications non enregistrées');
    await browser?.screenshot('story-03-questionnaire-answered-fr.png');
  });
});

describe(`France's questionnaire for a year it has not answered, from the first answer to the dashboard`, () => {
  it('she saves the draft, and it is there after a reload', async () => {
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await expect
      .poll(() => page.getByTestId('save-status').textContent())
      .toMatch(/^Brouillon enregistré le .* \(version 2\)$/);

    await page.reload();
    await item('A.3.2').waitFor();
    expect(await item('A.3.2').getByLabel('PE', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Commentaire sur A.1 (facultatif)').inputValue()).toContain('Protocole signé en 2024');
    expect(await textItem('A.16.2').count()).toBe(0);
    await browser?.screenshot('story-04-draft-saved.png');
  });

  it('she submits it and reads the computed level, the scores and the handbook’s recommendations', async () => {
    await page.getByRole('button', { name: 'Soumettre pour validation' }).click();
    await page.getByRole('button', { name: 'Confirmer la soumission' }).click();

    await page.getByTestId('outcome-notice').waitFor();
    expect(await page.getByTestId('outcome-notice').textContent()).toContain('L’évaluation est soumise.');
    expect(await page.locator('.assessment-facts .status-badge').textContent()).toBe('Soumise');
    // By hand: dimensions 87.5, 75, 75, 100, 80, 83.33, 50, 50, 50 → overall 72.31, level 4 (Coordination).
    expect(await page.getByTestId('overall-index').textContent()).toBe('72,3 / 100');
    expect(await page.getByTestId('computed-level').textContent()).toBe('4 — Coordination');
    expect(await page.getByTestId('self-level').textContent()).toBe('3 — Coopération');
    // A.16.1 ("Non") earns nothing: its gap, with the guidance of section V.d since the handbook gives no solution.
    const gap = page.getByTestId('gap-list').locator('[data-gap="A.16.1"]');
    expect(await gap.textContent()).toContain('Pas de formation disponible.');
    expect(await gap.textContent()).toContain('section V.d');
    await browser?.screenshot('story-05-submitted-results-fr.png');
  });

  it('an analyst validates it from the review queue', async () => {
    await signOut(page);
    await signInWithDemoAccount(page, ANALYST);

    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'À valider' })
      .click();
    await expect.poll(() => heading().textContent()).toBe('Évaluations à valider');
    // The queue lists the longest waiting first, a hundred rows at a time: the analyst narrows it to France.
    await page.goto(`${app.baseUrl}/review?country=FRA&lang=fr`);
    const row = page.locator(`tr[data-assessment="FRA-${YEAR}"]`);
    await row.getByRole('link', { name: `Examiner l’évaluation France, ${YEAR}` }).click();
    await page.waitForURL((url) => url.pathname === assessmentPath);
    expect(await page.getByTestId('computed-level').textContent()).toBe('4 — Coordination');
    expect(await page.getByTestId('answers-view').textContent()).toContain('Un officier de liaison de la douane');
    await browser?.screenshot('story-06-analyst-review.png');

    await page.getByRole('button', { name: 'Valider', exact: true }).click();
    await page.getByTestId('outcome-notice').waitFor();
    expect(await page.locator('.assessment-facts .status-badge').textContent()).toBe('Validée');
    await browser?.screenshot('story-07-validated.png');
  });

  it('its history shows each step, who took it and what changed', async () => {
    await page.getByRole('link', { name: 'Voir l’historique' }).click();
    await page.getByTestId('revision-timeline').waitFor();
    const headings = await page.getByTestId('revision-timeline').locator('h2').allTextContents();
    expect(headings.map((h) => h.replace(/^Révision \d+ : /, ''))).toEqual([
      'validation',
      'soumission',
      'brouillon enregistré',
      'création',
    ]);
    const saved = page.getByTestId('revision-timeline').locator('li', { hasText: 'brouillon enregistré' });
    expect(await saved.textContent()).toContain(`par ${COORDINATOR}`);
    // Old → new, with the option's French label rather than its code.
    expect(await saved.locator('tr', { hasText: 'A.3.2' }).locator('.change-new').textContent()).toBe('PE');
    expect(await saved.locator('tr', { hasText: 'A.18' }).locator('.change-new').textContent()).toBe('3 — Coopération');
    await browser?.screenshot('story-08-history.png');
  });

  it('the dashboard counts it: France among Europe’s assessed administrations that year', async () => {
    await page.goto(`${app.baseUrl}/?grouping=wco&from=2016&to=${YEAR}&lang=en`);
    await expect.poll(() => page.locator('.coverage-table h2').textContent()).toBe(`Coverage in ${YEAR}`);
    const europe = page.getByTestId('coverage-table').locator('tr[data-region="EUR"] td').first();
    const assessed = europeBefore.assessed + (franceCountedBefore ? 0 : 1);
    await expect.poll(() => europe.textContent()).toBe(`${String(assessed)}/${String(europeBefore.members)}`);
    await browser?.screenshot('story-09-dashboard-counts-it.png');
  });

  it('had no script errors or failed API calls along the way', () => {
    expect(browser?.problems).toEqual([]);
  });
});
