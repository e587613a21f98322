/**
 * A WCO programme manager (the demo analyst) takes figures out of the BUILT app in the system's Chromium:
 * a chart's CSV, whose rows are the figures of the chart's own table; the page's XLSX; charts as pictures
 * (PNG and SVG, an SVG chart and an HTML one); and the printable report of France, printed to A4 PDF in
 * English and in French, whose text holds the country, its sections, the handbook's recommendation the API
 * gives for one of its gaps, and the methodology version. No assessment of France in the demo data has a
 * gap, so France's coordinator first corrects the questionnaire the analysts had returned to her (one item
 * now earns no points) and resubmits it. Screenshots land in tests/artifacts/exports-*.png; set
 * EXPORTS_PDF_DIR to keep the PDFs.
 */
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser } from '../support/api-as.js';
import { AppHarness, type AppProcess } from '../support/app-process.js';
import { ARTIFACTS, openBrowser, signInWithDemoAccount, type BrowserSession } from '../support/browser.js';

/** The continuum's levels in English, as the handbook's Schéma 3 names them. */
const LEVEL_NAMES = ['Coexistence', 'Communication', 'Cooperation', 'Coordination', 'Collaboration'];

const YEAR = new Date().getFullYear();
const ANALYST = 'analyst@demo.example.org';
const FRANCE_COORDINATOR = 'coordinator.fra@demo.example.org';
const BOM = '\uFEFF';
const PNG_SIGNATURE = '89504e470d0a1a0a';

interface ProfileGap {
  code: string;
  solutions: { en: string; fr: string };
}

interface Profile {
  country: { name: { en: string; fr: string } };
  assessments: { id: string; year: number; status: string }[];
  latest: { year: number; gaps: ProfileGap[] } | null;
}

/** Sends a request as one of the demo accounts, signed in through the API. */
async function requestAs(app: AppProcess, email: string) {
  const user = await demoUser(app, (u) => u.email === email);
  const login = await app.fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  const { token } = (await login.json()) as { token: string };
  return (path: string, init: { method?: string; json?: unknown } = {}) =>
    app.fetch(path, {
      method: init.method ?? 'GET',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
    });
}

/** Whitespace as one space: lines of a PDF or of a wrapped paragraph compare as one text. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of every page of a PDF, read back with pdf.js, and the size of its first page in points. */
async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number; pageSize: number[] }> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str, item.hasEOL ? ' ' : '');
  }
  const pageSize = (await document.getPage(1)).view.slice(2).map(Math.round);
  const pages = document.numPages;
  await document.destroy();
  return { text: normalise(parts.join('')), pages, pageSize };
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: Buffer): { width: number; height: number } {
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
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

async function open(path: string): Promise<void> {
  await page.goto(`${app.baseUrl}${path}`);
}

/** Opens a chart's download menu and picks one format; resolves with the file the browser received. */
async function downloadFrom(chart: Locator, format: string): Promise<Download> {
  await chart.getByRole('button', { name: /^Download ?: / }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: format }).click(),
  ]);
  return download;
}

const fileOf = async (download: Download) => readFile(await download.path());

async function printReport(lang: 'en' | 'fr') {
  await page.emulateMedia({ media: 'print' });
  await browser?.screenshot(`exports-0${lang === 'en' ? 6 : 7}-report-${lang}-print.png`);
  const pdf = await page.pdf({ format: 'A4' });
  if (process.env.EXPORTS_PDF_DIR) writeFileSync(join(process.env.EXPORTS_PDF_DIR, `report-${lang}.pdf`), pdf);
  await page.emulateMedia({ media: 'screen' });
  return pdfText(pdf);
}

describe('an analyst downloads charts and prints a country report', () => {
  it('downloads the level chart’s CSV, whose rows are the figures of the chart’s table', async () => {
    await open('/');
    await page.waitForURL((url) => url.pathname === '/login');
    await signInWithDemoAccount(page, ANALYST);
    await expect.poll(() => heading().textContent()).toBe('Cooperation maturity overview');

    const section = page.getByTestId('levels-section');
    await section.getByTestId('level-chart').waitFor();
    await section.getByRole('button', { name: /Show as table/ }).click();
    const table = section.getByTestId('level-table');
    await table.waitFor();
    await section.getByRole('button', { name: /^Download ?: / }).click();
    await page.getByRole('menu').waitFor();
    await browser?.screenshot('exports-01-chart-menu.png');
    await page.keyboard.press('Escape');

    const download = await downloadFrom(section, 'Data (CSV)');
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^levels_wco_2016-${YEAR}_computed_\\d{4}-\\d{2}-\\d{2}\\.csv$`),
    );
    const text = (await fileOf(download)).toString('utf8');
    // A byte-order mark, so Excel reads the file as UTF-8.
    expect(text.startsWith(BOM)).toBe(true);
    const { data, errors } = Papa.parse<Record<string, string>>(text.slice(BOM.length), {
      header: true,
      skipEmptyLines: true,
    });
    expect(errors).toEqual([]);
    // The web's file is the report-ready one, its headers in the page's language (English here).
    const all = data.filter((row) => row['Region code'] === 'ALL');
    expect(all.map((row) => Number(row.Year))).toEqual(Array.from({ length: YEAR - 2015 }, (_, i) => 2016 + i));

    let compared = 0;
    for (const row of all) {
      // A withheld year prints words, not figures: nothing to compare.
      if (row['Withheld (fewer than 3 administrations)'] === 'TRUE') continue;
      const level = (l: number) => row[`Computed level ${l} – ${LEVEL_NAMES[l - 1]}: administrations`] || '0';
      const cells = await table.locator(`tr[data-year="${row.Year}"] td`).allTextContents();
      expect(cells, `year ${row.Year}`).toEqual([
        level(1),
        level(2),
        level(3),
        level(4),
        level(5),
        '0',
        row['Members not assessed'],
        row.Members,
      ]);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(5);
    await browser?.screenshot('exports-02-overview-table.png');
  });

  it('exports the page’s figures as XLSX from the Export menu', async () => {
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Excel workbook (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^maturity_wco_2016-${YEAR}_\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
    // An XLSX is a ZIP archive.
    expect((await fileOf(download)).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});

describe('an analyst downloads charts and prints a country report', () => {
  it('downloads the heatmap (an HTML chart) as a PNG twice its size, and a small chart as SVG', async () => {
    await open(`/compare?grouping=wco&from=2016&to=${YEAR}&year=${YEAR}&lang=en`);
    await expect.poll(() => heading().textContent()).toBe('Compare regions');
    const heatmapSection = page.locator('section', { has: page.getByTestId('heatmap') });
    await heatmapSection.getByTestId('heatmap').waitFor();

    const png = await downloadFrom(heatmapSection, 'Image (PNG)');
    expect(png.suggestedFilename()).toMatch(new RegExp(`^maturity_wco_${YEAR}-${YEAR}_\\d{4}-\\d{2}-\\d{2}\\.png$`));
    // The downloaded file itself, to look at.
    await png.saveAs(join(ARTIFACTS, 'exports-04-heatmap-download.png'));
    const image = await fileOf(png);
    expect(image.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
    const drawn = await heatmapSection.locator('.chart-picture').boundingBox();
    const { width, height } = pngSize(image);
    expect(Math.abs(width - 2 * Math.round(drawn?.width ?? 0))).toBeLessThanOrEqual(2);
    // The title sits above the chart.
    expect(height).toBeGreaterThan(2 * Math.round(drawn?.height ?? 0));

    const governance = page.locator('li.small-multiple[data-dimension="governance"]');
    const svgDownload = await downloadFrom(governance, 'Vector image (SVG)');
    expect(svgDownload.suggestedFilename()).toMatch(
      new RegExp(`^maturity_wco_2016-${YEAR}_governance_\\d{4}-\\d{2}-\\d{2}\\.svg$`),
    );
    const svg = (await fileOf(svgDownload)).toString('utf8');
    expect(svg).toContain('viewBox="0 0 320 190"');
    expect(svg).toContain(`<title>Mean score for Governance and formal arrangements by region, 2016–${YEAR}</title>`);
    await browser?.screenshot('exports-03-compare.png');

    // The downloaded SVG renders on its own, with no stylesheet of the app.
    const viewer = await browser!.context.newPage();
    await viewer.setContent(`<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`);
    await viewer.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await viewer.screenshot({ path: join(ARTIFACTS, 'exports-05-downloaded-svg-rendered.png') });
    await viewer.close();
  });

  it('France’s coordinator corrects the questionnaire the analysts returned, and resubmits it with a gap', async () => {
    const before = await app.getJson<Profile>('/api/countries/FRA/profile?grouping=wco');
    const returned = before.assessments.find((a) => a.status === 'returned');
    expect(returned, 'the demo data hold a returned assessment of France').toBeDefined();
    const request = await requestAs(app, FRANCE_COORDINATOR);
    const path = `/api/assessments/${returned!.id}`;
    const stored = (await (await request(path)).json()) as { version: number; answers: Record<string, unknown> };
    // A.13 (resources shared with the police): no, which earns none of its points.
    const corrected = await request(path, {
      method: 'PATCH',
      json: { version: stored.version, answers: { ...stored.answers, 'A.13': 'no' } },
    });
    expect(corrected.status).toBe(200);
    const { version } = (await corrected.json()) as { version: number };
    const submitted = await request(`${path}/submit`, { method: 'POST', json: { version } });
    expect(submitted.status).toBe(200);

    const after = await app.getJson<Profile>('/api/countries/FRA/profile?grouping=wco');
    expect(after.latest?.year).toBe(returned!.year);
    expect(after.latest?.gaps.length).toBeGreaterThan(0);
  });

  it('prints the report of France on A4 in English: country, sections, a recommendation, the methodology', async () => {
    const profile = await app.getJson<Profile>('/api/countries/FRA/profile?grouping=wco');
    const { methodologyVersion } = await app.getJson<{ methodologyVersion: string }>('/api/meta');
    const gap = profile.latest?.gaps[0];
    expect(gap).toBeDefined();

    await open('/countries/FRA?grouping=wco&lang=en');
    await page.getByRole('link', { name: 'Printable report' }).click();
    await page.waitForURL((url) => url.pathname === '/countries/FRA/report');
    await expect.poll(() => heading().textContent()).toBe('Country report: France');
    await page.getByTestId('report-footer').waitFor();
    await page.getByTestId('trajectory-chart').waitFor();

    const { text, pages, pageSize } = await printReport('en');
    // A4 is 595.3 × 841.9 points; Chromium rounds the page to whole CSS pixels.
    expect(Math.abs((pageSize[0] ?? 0) - 595)).toBeLessThanOrEqual(1);
    expect(Math.abs((pageSize[1] ?? 0) - 842)).toBeLessThanOrEqual(1);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain('Country report: France');
    expect(text).toContain('Overall index of France over time');
    expect(text).toContain('Gaps and recommendations');
    expect(text).toContain('History of assessments');
    expect(text).toContain(normalise(gap!.solutions.en).slice(0, 80));
    expect(text).toContain(`Methodology ${methodologyVersion}.`);
    expect(text).toMatch(/Generated on \d{1,2} [A-Z][a-z]{2} \d{4}\./);
    // Paper carries the report only: no navigation, no buttons.
    expect(text).not.toContain('Compare regions');
    expect(text).not.toContain('Print / Save as PDF');
    expect(text).not.toContain('Show as table');
  });
});

describe('an analyst downloads charts and prints a country report', () => {
  it('prints the same report in French with ?lang=fr', async () => {
    const profile = await app.getJson<Profile>('/api/countries/FRA/profile?grouping=wco');
    const gap = profile.latest?.gaps[0];
    await open('/countries/FRA/report?grouping=wco&lang=fr');
    await expect.poll(() => heading().textContent()).toBe(`Rapport pays : ${profile.country.name.fr}`);
    await page.getByTestId('report-footer').waitFor();
    await page.getByTestId('trajectory-chart').waitFor();

    const { text } = await printReport('fr');
    expect(text).toContain(`Rapport pays : ${profile.country.name.fr}`);
    expect(text).toContain('Carences et recommandations');
    expect(text).toContain('Historique des évaluations');
    expect(text).toContain(normalise(gap!.solutions.fr).slice(0, 80));
    expect(text).toMatch(/Méthodologie v\d+\./);
    expect(text).toMatch(/Généré le \d{1,2} \S+ \d{4}\./);
    expect(text).not.toContain('Imprimer / Enregistrer en PDF');
  });

  it('had no script errors or failed API calls along the way', () => {
    expect(browser?.problems).toEqual([]);
  });
});
