/**
 * The demo analyst downloads charts as pictures from the BUILT app in the system's Chromium, in Spanish and in
 * Arabic: the overview's maturity chart (whose y-axis title the page writes outside the chart) and a small
 * multiple of the comparison page (whose key holds the long names of the WCO regions). Each SVG holds the
 * chart's title, its axis titles, every region's full name, the source and citation line and the
 * synthetic-data notice (the app runs on demo data), in the page's language, right to left in Arabic. The
 * PNGs, and each SVG as a browser draws it on its own, land in tests/artifacts/chart-download-*.png.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { localize, type GroupingsResponse, type Locale, type MetaResponse } from '@cpc/domain';
import type { Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness, type AppProcess } from '../support/app-process.js';
import { ARTIFACTS, openBrowser, signInWithDemoAccount, type BrowserSession } from '../support/browser.js';

const ANALYST = 'analyst@demo.example.org';
const YEAR = new Date().getFullYear();
const PNG_SIGNATURE = '89504e470d0a1a0a';
/** A chart's first drawing may wait on the API's analytics, slow on a busy machine. */
const DRAWN = { timeout: 60_000 };

/** What each language's page and pictures say, as its dictionaries and the domain's export texts have it. */
const LANGUAGE = {
  es: {
    download: 'Descargar',
    png: 'Imagen (PNG)',
    svg: 'Imagen vectorial (SVG)',
    year: 'Año',
    meanScore: 'Puntuación media (0–100)',
    source: 'Fuente: CPC Observatory, a partir de las respuestas nacionales',
    methodology: 'Metodología',
    synthetic:
      'Datos de demostración sintéticos: estas cifras se generan con fines de demostración y no describen ninguna administración real.',
  },
  ar: {
    download: 'تنزيل',
    png: 'صورة (PNG)',
    svg: 'صورة متجهة (SVG)',
    year: 'السنة',
    meanScore: 'متوسط الدرجة (0–100)',
    source: 'المصدر: CPC Observatory، استنادًا إلى الإجابات الوطنية',
    methodology: 'المنهجية',
    synthetic: 'بيانات تجريبية اصطناعية: هذه الأرقام مولَّدة لأغراض العرض التوضيحي ولا تصف أي إدارة حقيقية.',
  },
} as const;
type Lang = keyof typeof LANGUAGE;

const harness = new AppHarness();
let app: AppProcess;
let browser: BrowserSession | undefined;
let page: Page;
let methodologyVersion: string;
let wcoRegions: GroupingsResponse['groupings'][number]['regions'];

beforeAll(async () => {
  app = await harness.start({ demoData: true });
  browser = await openBrowser(harness);
  page = browser.page;
  methodologyVersion = (await app.getJson<MetaResponse>('/api/meta')).methodologyVersion;
  const { groupings } = await app.getJson<GroupingsResponse>('/api/groupings');
  wcoRegions = groupings.find((g) => g.id === 'wco')?.regions ?? [];
  await page.goto(`${app.baseUrl}/`);
  await page.waitForURL((url) => url.pathname === '/login');
  await signInWithDemoAccount(page, ANALYST);
  await page.waitForURL((url) => url.pathname === '/');
});

afterAll(async () => {
  await browser?.close();
  await harness.cleanup();
});

/** Opens a chart's download menu and picks one format; resolves with the file the browser received. */
async function downloadFrom(chart: Locator, lang: Lang, format: 'png' | 'svg'): Promise<Download> {
  await chart.getByRole('button', { name: new RegExp(`^${LANGUAGE[lang].download} ?: `) }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: LANGUAGE[lang][format] }).click(),
  ]);
  return download;
}

/**
 * Each text of a downloaded SVG, its lines joined, with its direction, as a browser reads the file; and the
 * file drawn on its own, with no stylesheet of the app, into tests/artifacts/.
 */
async function readSvg(markup: string, artifact: string) {
  const viewer = await browser!.context.newPage();
  await viewer.setContent(`<img src="data:image/svg+xml;base64,${Buffer.from(markup).toString('base64')}">`);
  await viewer.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  await viewer.screenshot({ path: join(ARTIFACTS, artifact) });
  const texts = await viewer.evaluate((svg) => {
    const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    return [...root.querySelectorAll(':scope > text, :scope > g > text')].map((text) => ({
      text: [...text.querySelectorAll('tspan')].map((span) => span.textContent).join(' '),
      direction: text.getAttribute('direction'),
    }));
  }, markup);
  await viewer.close();
  return texts;
}

interface Expected {
  title: string;
  axisTitles: string[];
  regionCodes: string[];
}

/** Downloads the chart as SVG and PNG, checks what the SVG says, and keeps the PNG to look at. */
async function checkPictures(chart: Locator, lang: Lang, name: string, expected: Expected) {
  const markup = (await readFile(await (await downloadFrom(chart, lang, 'svg')).path())).toString('utf8');
  // The Arabic font travels inside the file, for a reader whose system has none like it.
  if (lang === 'ar') expect(markup).toMatch(/@font-face\{font-family:'Noto Sans Arabic';src:url\(data:[^;]*;base64,/);
  const texts = await readSvg(markup, `chart-download-${lang}-${name}-svg.png`);
  const said = texts.map((t) => t.text);
  const words = LANGUAGE[lang];
  expect(said[0]).toBe(expected.title);
  for (const axisTitle of expected.axisTitles) expect(said).toContain(axisTitle);
  for (const code of expected.regionCodes) {
    const region = wcoRegions.find((r) => r.code === code);
    expect(said, code).toContain(localize(region!.name, lang as Locale));
  }
  expect(said).toContain(words.synthetic);
  const source = said[said.length - 1] ?? '';
  expect(source.startsWith(words.source)).toBe(true);
  expect(source).toContain(`. ${expected.title}. ${words.methodology} ${methodologyVersion}.`);
  if (lang === 'ar') expect(texts.every((t) => t.direction === 'rtl')).toBe(true);

  const png = await downloadFrom(chart, lang, 'png');
  await png.saveAs(join(ARTIFACTS, `chart-download-${lang}-${name}.png`));
  const image = await readFile(await png.path());
  expect(image.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
}

describe('a chart downloaded as a picture, fit for a report in the page’s language', () => {
  for (const lang of ['es', 'ar'] as const) {
    it(`carries the maturity chart’s titles, key, source and notice in ${lang}`, async () => {
      await page.goto(`${app.baseUrl}/?lang=${lang}`);
      const chart = page.getByTestId('maturity-chart');
      await chart.locator('svg.recharts-surface').first().waitFor(DRAWN);
      await expect.poll(() => chart.getAttribute('aria-busy'), DRAWN).toBe('false');
      await checkPictures(chart, lang, 'maturity', {
        title: (await chart.locator('figcaption h2').textContent()) ?? '',
        axisTitles: [(await chart.locator('.axis-label').textContent()) ?? '', LANGUAGE[lang].year],
        regionCodes: ((await chart.getAttribute('data-regions')) ?? '').split(',').filter((c) => c !== 'ALL'),
      });
    });

    it(`carries a small multiple’s titles and every region’s full name in ${lang}`, async () => {
      await page.goto(`${app.baseUrl}/compare?grouping=wco&from=2016&to=${YEAR}&lang=${lang}`);
      const multiple = page.locator('li.small-multiple[data-dimension="governance"]');
      await multiple.locator('svg').waitFor(DRAWN);
      await checkPictures(multiple, lang, 'small-multiple', {
        title: (await multiple.locator('svg').getAttribute('aria-label')) ?? '',
        axisTitles: [LANGUAGE[lang].meanScore, LANGUAGE[lang].year],
        regionCodes: wcoRegions.map((r) => r.code),
      });
    });
  }

  it('met no script error, console error or failed API call', () => {
    expect(browser?.problems ?? []).toEqual([]);
  });
});
