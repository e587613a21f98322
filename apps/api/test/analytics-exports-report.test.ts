import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINTS, analyst, file, get, grouping, setUp, t } from './analytics-exports.fixture.js';

/*
 * The report-ready files (the default, headers=labels) read as a script and a spreadsheet read them: papaparse
 * with a header row (what pandas.read_csv and R's read.csv do), the logical rules of R's type.convert and of
 * pandas, exceljs for the workbook and an unzip for the ZIP. Expected values come from the JSON of the same
 * request and from headers written out by hand. Fixture: analytics-exports.fixture.ts.
 */

beforeAll(setUp);
afterAll(() => t.close());

const LANGS = ['en', 'fr', 'es', 'ar'] as const;

/** What read.csv and pandas do: the first record names the columns, each other record is a row. */
function readCsv(bytes: Buffer): { fields: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

/** R's type.convert makes a column logical when every non-empty value is one of these; pandas reads the upper and lower case. */
const R_LOGICAL = new Set(['T', 'F', 'TRUE', 'FALSE', 'true', 'false', 'True', 'False']);
const PANDAS_BOOL = new Set(['True', 'TRUE', 'true', 'False', 'FALSE', 'false']);

const withQuery = (path: string, query: string) => `${path}${path.includes('?') ? '&' : '?'}${query}`;

describe('a report-ready CSV', () => {
  it.each(LANGS)('in %s: one row per element, readable headers, logical yes/no, no machine names', async (lang) => {
    for (const endpoint of ENDPOINTS) {
      const { body: json } = await get(endpoint.path(), analyst).expect(200);
      const list = json[endpoint.list] as unknown[];
      const csv = readCsv((await file(withQuery(endpoint.path(), `format=csv&lang=${lang}`), analyst)).body as Buffer);
      expect(csv.rows, endpoint.name).toHaveLength(list.length);
      for (const machine of ['region', 'regionName.en', 'levels.1', 'suppressed', 'share', 'value', 'coverage'])
        expect(csv.fields, `${endpoint.name} ${lang}`).not.toContain(machine);
      const logical = csv.fields.filter((f) => csv.rows.some((r) => ['TRUE', 'FALSE'].includes(r[f] ?? '')));
      for (const field of logical) {
        const values = csv.rows.map((r) => r[field] ?? '').filter((v) => v !== '');
        expect(
          values.every((v) => R_LOGICAL.has(v) && PANDAS_BOOL.has(v)),
          `${endpoint.name}: ${field}`,
        ).toBe(true);
      }
    }
  });

  it('writes names beside codes and shares as percentages, with the unit in the header', async () => {
    const path = `/api/analytics/gaps?grouping=wco&year=2024`;
    const { body } = await get(path, analyst).expect(200);
    const csv = readCsv((await file(`${path}&format=csv&lang=fr`, analyst)).body as Buffer);
    expect(csv.fields.slice(0, 6)).toEqual([
      'Code de la région',
      'Région',
      'Code de la question',
      'Question',
      'Code de la dimension',
      'Dimension',
    ]);
    const items = body.items as { region: string; code: string; share: number | null }[];
    const europeA1 = items.find((i) => i.region === 'EUR' && i.code === 'A.1')!;
    const row = csv.rows.find((r) => r['Code de la région'] === 'EUR' && r['Code de la question'] === 'A.1')!;
    expect(row['Région']).toBe('Europe');
    expect(row['Dimension']).toBe('Gouvernance et cadre formel');
    expect(Number(row['Administrations présentant la lacune (% des évaluées)'])).toBeCloseTo(europeA1.share! * 100, 2);
  });

  it('names the dimension and the metric in the file, in its title and its columns', async () => {
    const maturity = await file(
      '/api/analytics/maturity?grouping=wco&from=2024&to=2024&dimension=liaison&format=zip&lang=es',
      analyst,
    );
    const readme = strFromU8(unzipSync(new Uint8Array(maturity.body as Buffer))['README.txt']!);
    expect(readme.split('\r\n')[0]).toBe('Índice de madurez por región y año — dimensión: Agentes de enlace, 2024');
    const points = readCsv(
      (await file('/api/analytics/maturity-vs-outcomes?grouping=wco&year=2024&metric=arrests&format=csv', analyst))
        .body as Buffer,
    );
    expect(points.fields).toContain('Arrests');
  });
});

describe('an empty result', () => {
  it('is a header-only CSV, which parses with its columns and no rows, and an XLSX with its header row', async () => {
    const path = '/api/analytics/countries?grouping=wco&year=1995';
    expect((await get(path, analyst).expect(200)).body.items).toEqual([]);
    const bytes = (await file(`${path}&format=csv`, analyst)).body as Buffer;
    expect(bytes.toString('utf8').split('\r\n')).toHaveLength(2);
    const csv = readCsv(bytes);
    expect(csv.fields.slice(0, 3)).toEqual(['Assessment identifier', 'Country code (ISO 3166-1 alpha-3)', 'Country']);
    expect(csv.fields).toContain('Liaison officers: score (0–100)');
    expect(csv.rows).toEqual([]);
    const machine = readCsv((await file(`${path}&format=csv&headers=fields`, analyst)).body as Buffer);
    const dimensions = ['governance', 'information_exchange', 'risk_targeting', 'joint_controls', 'enforcement_powers'];
    const more = ['investigations', 'resource_sharing', 'liaison', 'training'];
    expect(machine.fields).toEqual([
      ...['id', 'country', 'region', 'year', 'status', 'scores.overall', 'scores.level', 'scores.selfLevel'],
      ...[...dimensions, ...more].map((d) => `scores.dimensions.${d}`),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await file(`${path}&format=xlsx`, analyst)).body);
    expect(workbook.getWorksheet('data')!.rowCount).toBe(1);
  });
});

describe('the file’s language', () => {
  it('follows Accept-Language when lang is not given, and English for a script that sends none', async () => {
    const path = `/api/analytics/levels?grouping=${grouping}&from=2024&to=2024&format=csv`;
    const spanish = await get(path, analyst).set('Accept-Language', 'de-DE,es;q=0.8,en;q=0.5').expect(200);
    expect(spanish.text.startsWith('Código de la región,Región,Año,')).toBe(true);
    expect((await get(path, analyst).expect(200)).text.startsWith('Region code,Region,Year,')).toBe(true);
    const asked = await get(`${path}&lang=fr`, analyst).set('Accept-Language', 'es').expect(200);
    expect(asked.text.startsWith('Code de la région,Région,Année,')).toBe(true);
  });

  it('refuses an unknown headers value, naming the field', async () => {
    const response = await get('/api/analytics/levels?format=csv&headers=names', analyst).expect(400);
    expect(response.body.errors).toEqual([
      {
        field: 'headers',
        message: 'headers must be one of labels, fields',
        code: 'invalid_value',
        params: { values: ['labels', 'fields'] },
      },
    ]);
  });
});

describe('the metadata of a CSV, in a ZIP', () => {
  it('holds the CSV, its metadata and its columns as CSVs, and a README, all in the language', async () => {
    const path = '/api/analytics/operations?grouping=wco&from=2024&to=2024&format=zip&lang=fr&dialect=excel';
    const response = await file(path, analyst);
    expect(response.headers['content-type']).toBe('application/zip');
    const disposition = String(response.headers['content-disposition']);
    const base = /filename="(operations_wco_2024-2024_\d{4}-\d{2}-\d{2})\.zip"/.exec(disposition)![1]!;
    const files = unzipSync(new Uint8Array(response.body as Buffer));
    expect(Object.keys(files).sort()).toEqual(
      [`${base}.csv`, `${base}_columns.csv`, `${base}_metadata.csv`, 'README.txt'].sort(),
    );
    const semicolons = (name: string) =>
      Papa.parse<string[]>(strFromU8(files[name]!).replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true })
        .data;
    const metadata = semicolons(`${base}_metadata.csv`);
    expect(metadata[0]).toEqual(['clé', 'Rubrique', 'Valeur']);
    expect(metadata.find((r) => r[0] === 'dataStatus')).toEqual([
      'dataStatus',
      'Données comptées',
      'résultats d’opérations tels que déclarés (aucun statut d’évaluation ne s’applique)',
    ]);
    const columns = semicolons(`${base}_columns.csv`);
    expect(columns).toContainEqual(['Taux de réponses positives (%)', 'hitRate', 'pourcentage']);
    expect(semicolons(`${base}.csv`)[0]).toEqual(columns.slice(1).map((c) => c[0]));
    const readme = strFromU8(files['README.txt']!);
    expect(readme).toContain('Citation : CPC Observatory (');
    expect(readme).toContain('- Taux de réponses positives (%) [hitRate] (pourcentage)');
  });
});

describe('an Arabic workbook', () => {
  it('reads right to left, with its metadata and columns under Arabic headers', async () => {
    const workbook = new ExcelJS.Workbook();
    const bytes = (await file('/api/analytics/levels?grouping=wco&from=2024&to=2024&format=xlsx&lang=ar', analyst))
      .body;
    await workbook.xlsx.load(bytes);
    for (const sheet of workbook.worksheets) expect(sheet.views[0]?.rightToLeft, sheet.name).toBe(true);
    expect(workbook.getWorksheet('data')!.getRow(1).getCell(1).value).toBe('رمز المنطقة');
    const metadata = workbook.getWorksheet('metadata')!;
    expect([1, 2, 3].map((c) => metadata.getRow(1).getCell(c).value)).toEqual(['المفتاح', 'البند', 'القيمة']);
    expect(metadata.getRow(2).getCell(3).value).toBe(
      'مستويات سلسلة التكامل حسب المنطقة والسنة — المستويات المحسوبة، 2024',
    );
  });
});
