import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAssessment } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * The CSV for Excel: Excel reads a CSV with the separators of its locale, so a French or Spanish reader's
 * file has semicolons and decimal commas; the default CSV stays RFC 4180 for scripts. Europe 2024 holds
 * FRA 40, DEU 50, ITA 61: mean 50.3333 (151 / 3, four decimals).
 */
let t: TestApp;
let analyst: string;

beforeAll(async () => {
  t = await startTestApp();
  analyst = await t.tokenFor('analyst');
  for (const [country, overall] of [
    ['FRA', 40],
    ['DEU', 50],
    ['ITA', 61],
  ] as const)
    await insertAssessment(t.db, { country, year: 2024, status: 'validated', overall, level: 3, selfLevel: 3 });
});
afterAll(() => t.close());

const csv = async (query: string) =>
  (
    await request(t.app.getHttpServer())
      .get(`/api/analytics/maturity?grouping=wco&from=2024&to=2024&format=csv${query}`)
      .set('Authorization', `Bearer ${analyst}`)
      .expect(200)
  ).text;

const europe = (text: string, separator: string) => {
  const [header, ...rows] = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  const columns = header!.split(separator);
  const cells = rows.find((r) => r.startsWith(`EUR${separator}`))!.split(separator);
  return (name: string) => cells[columns.indexOf(name)];
};

/** The first header and the mean's header of the maturity file in each language, written out by hand. */
const HEADERS = {
  en: ['Region code', 'Mean: overall index (0–100)'],
  fr: ['Code de la région', 'Moyenne : indice global (0–100)'],
  es: ['Código de la región', 'Media: índice global (0–100)'],
  ar: ['رمز المنطقة', 'المتوسط: المؤشر العام (0–100)'],
} as const;

describe('the CSV for Excel', () => {
  it('writes semicolons and decimal commas for a French or Spanish reader', async () => {
    for (const lang of ['fr', 'es'] as const) {
      const text = await csv(`&bom=true&dialect=excel&lang=${lang}`);
      const [first, mean] = HEADERS[lang];
      expect(text.startsWith(`\uFEFF${first};`)).toBe(true);
      expect(europe(text, ';')(mean)).toBe('50,3333');
    }
  });

  it('keeps commas and dot decimals in English, in Arabic, and in the default CSV for scripts', async () => {
    const cases = [
      ['&dialect=excel&lang=en', 'en'],
      ['&dialect=excel&lang=ar', 'ar'],
      ['', 'en'],
      ['&lang=fr', 'fr'],
    ] as const;
    for (const [query, lang] of cases) {
      const text = await csv(query);
      const [first, mean] = HEADERS[lang];
      expect(text.startsWith(`${first},`), query).toBe(true);
      expect(europe(text, ',')(mean), query).toBe('50.3333');
    }
  });

  it('refuses an unknown dialect or language, naming the parameter', async () => {
    for (const [query, field] of [
      ['&dialect=tsv', 'dialect'],
      ['&dialect=excel&lang=de', 'lang'],
    ] as const) {
      const res = await request(t.app.getHttpServer())
        .get(`/api/analytics/maturity?grouping=wco&format=csv${query}`)
        .set('Authorization', `Bearer ${analyst}`)
        .expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field })]);
    }
  });
});
