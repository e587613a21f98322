import { instrumentImportHeader } from '@cpc/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, csvOf, type Client } from './assessment-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let analyst: Client;
let coordinator: Client;
let viewer: Client;

beforeAll(async () => {
  t = await startTestApp();
  analyst = await clientFor(t, { role: 'analyst' });
  coordinator = await clientFor(t, { role: 'coordinator', country: 'SEN' });
  viewer = await clientFor(t, { role: 'viewer', country: 'SEN' });
});
afterAll(() => t.close());

const COMMITTEES = instrumentImportHeader('committee');
const committee = (country: string, title: string, extra: Record<string, string> = {}) => ({
  country,
  title,
  from: '2018-01-15',
  level: 'national',
  agencies: 'customs;police',
  meetings: '2024-03-01: plan\\; budget; 2024-09-12',
  ...extra,
});
const upload = (who: Client, file: Buffer, query: string, name = 'committees.csv') =>
  who.post(`/api/instruments/import?${query}`).attach('file', file, name);

async function storedTitles(): Promise<string[]> {
  const { rows } = await t.db.query<{ title: string }>('SELECT title FROM instruments ORDER BY title');
  return rows.map((r) => r.title);
}

describe('POST /api/instruments/import', () => {
  it('refuses the whole file when one row is wrong, naming row and column', async () => {
    const file = csvOf(COMMITTEES, [
      committee('SEN', 'Comité A'),
      committee('SEN', 'Comité B', { level: 'district', agencies: 'customs' }),
      committee('XXX', 'Comité C'),
    ]);
    const res = await upload(analyst, file, 'kind=committee').expect(422);
    expect(res.body.errors).toEqual([
      {
        row: 3,
        column: 'level',
        message: 'level must be one of national, regional, local',
        code: 'invalid_value',
        params: { values: ['national', 'regional', 'local'] },
      },
      {
        row: 3,
        column: 'agencies',
        message: 'agencies must name at least 2',
        code: 'too_small',
        params: { minimum: 2, origin: 'array' },
      },
      {
        row: 4,
        column: 'country',
        message: 'country: unknown country XXX',
        code: 'unknown_country',
        params: { value: 'XXX' },
      },
    ]);
    expect(await storedTitles()).toEqual([]);
  });

  it('a dry run answers as the import would and writes nothing; the import then writes; again: unchanged', async () => {
    const file = csvOf(COMMITTEES, [committee('SEN', 'Comité A'), committee('FRA', 'Comité B')]);
    const dry = await upload(analyst, file, 'kind=committee&dryRun=true').expect(200);
    expect(dry.body).toEqual({ dryRun: true, kind: 'committee', rows: 2, created: 2, updated: 0, unchanged: 0 });
    expect(await storedTitles()).toEqual([]);
    const first = await upload(analyst, file, 'kind=committee').expect(200);
    expect(first.body).toEqual({ dryRun: false, kind: 'committee', rows: 2, created: 2, updated: 0, unchanged: 0 });
    const again = await upload(analyst, file, 'kind=committee').expect(200);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2 });

    const list = await analyst.get('/api/instruments?country=SEN&kind=committee').expect(200);
    expect(list.body.instruments).toMatchObject([
      {
        title: 'Comité A',
        to: null,
        agencies: ['customs', 'police'],
        meetings: [{ date: '2024-03-01', notes: 'plan; budget' }, { date: '2024-09-12' }],
        version: 1,
      },
    ]);
    const changed = csvOf(COMMITTEES, [
      committee('SEN', 'Comité A', { to: '2025-06-30' }),
      committee('FRA', 'Comité B'),
    ]);
    const update = await upload(analyst, changed, 'kind=committee').expect(200);
    expect(update.body).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const id = list.body.instruments[0].id as string;
    const history = await analyst.get(`/api/instruments/${id}/history`).expect(200);
    expect(history.body.revisions.map((r: { action: string; revision: number }) => [r.action, r.revision])).toEqual([
      ['imported', 1],
      ['imported', 2],
    ]);
  });
});

describe('POST /api/instruments/import: refused rows', () => {
  it('refuses two rows of one natural key', async () => {
    const file = csvOf(COMMITTEES, [
      committee('MLI', 'Comité'),
      committee('MLI', ' COMITÉ ', { agencies: 'customs;gendarmerie' }),
    ]);
    const res = await upload(analyst, file, 'kind=committee').expect(422);
    expect(res.body.errors).toEqual([
      {
        row: 3,
        column: 'level',
        message: 'level: the same committee as row 2 (country, level, title)',
        code: 'duplicate_row',
        params: { row: 2, fields: ['country', 'level', 'title'] },
      },
    ]);
  });

  it('a coordinator imports its own country’s rows only; a viewer nothing', async () => {
    const own = csvOf(COMMITTEES, [committee('SEN', 'Comité local', { level: 'local' })]);
    await upload(coordinator, own, 'kind=committee').expect(200);
    const other = csvOf(COMMITTEES, [committee('SEN', 'Comité 2'), committee('GHA', 'Comité 3')]);
    const res = await upload(coordinator, other, 'kind=committee').expect(422);
    expect(res.body.errors).toEqual([
      {
        row: 3,
        column: 'country',
        message: 'country: only a coordinator of GHA, an analyst or an admin can record its instruments',
        code: 'not_your_country',
        params: { country: 'GHA' },
      },
    ]);
    await upload(viewer, own, 'kind=committee').expect(403);
  });

  it('a wrong header, a missing kind and no file are refused before any row is read', async () => {
    const wrong = csvOf(['country', 'title', 'from', 'level', 'agencies', 'colour'], [{ country: 'SEN' }]);
    const res = await upload(analyst, wrong, 'kind=committee').expect(422);
    expect(res.body.errors).toEqual([
      {
        row: 1,
        column: 'colour',
        message:
          'colour: not a column of a committee file (country, title, from, to, notes, level, agencies, chair, meetings)',
        code: 'unknown_column',
        params: { column: 'colour' },
      },
    ]);
    await upload(analyst, wrong, '').expect(400);
    await analyst.post('/api/instruments/import?kind=committee').expect(400);
  });
});

describe('GET /api/instruments/import/template', () => {
  it('gives a CSV header and an example row the import skips', async () => {
    const res = await viewer.get('/api/instruments/import/template?kind=training').expect(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="cpc-instruments-training-template.csv"');
    const lines = res.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'country,title,from,to,notes,topic,agencies,participants_customs,participants_police,participants_other,supported_by,days',
    );
    expect(lines[1]).toBe(
      '"# example, ignored: SEN",Joint profiling course,2023-05-15,2023-05-19,,passenger profiling,customs;police,12,10,2,unodc,5',
    );
    const imported = await upload(analyst, Buffer.from(res.text), 'kind=training', 't.csv').expect(200);
    expect(imported.body).toMatchObject({ rows: 0, created: 0 });
  });

  it('gives an XLSX with the layout and a sheet of codes', async () => {
    const res = await analyst
      .get('/api/instruments/import/template?kind=interpol_access&format=xlsx')
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => {
          done(null, Buffer.concat(chunks));
        });
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['interpol_access', 'codes']);
    expect(workbook.worksheets[0]!.getRow(1).values).toEqual([undefined, ...instrumentImportHeader('interpol_access')]);
    await analyst.get('/api/instruments/import/template?kind=treaty').expect(400);
  });
});
