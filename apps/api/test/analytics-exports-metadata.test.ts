import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_SOURCE, PROTECTED_FIGURES_NOTICE, SYNTHETIC_NOTICE } from '@cpc/domain';
import {
  ENDPOINTS,
  admin,
  analyst,
  file,
  get,
  grouping,
  published,
  server,
  setUp,
  t,
  viewer,
  withFormat,
} from './analytics-exports.fixture.js';
import { parseCsv, readXlsx } from './analytics-exports.expected.js';

/*
 * Every analytics endpoint as CSV and XLSX, against its own JSON, through the real API.
 *
 * Custom grouping: R1 "=HYPERLINK("x")" = FRA DEU ITA ESP (a name a spreadsheet would run as a formula),
 * R2 'Côte, "ouest"' + a line break = SEN GHA NGA (a name CSV must quote). Assessments and one operation
 * in 2024, with decimals, so that the files carry every kind of cell: text, integers, decimals, yes/no,
 * empty (null). Which figures the JSON holds is tested elsewhere; here each file must say the same.
 *
 * National users may use the published groupings only: their files are read on "wco" (`published`), where
 * FRA DEU ITA are in EUR and SEN alone in WCA, so that their files have suppressed rows.
 *
 * This file: national users' files, file names, the XLSX metadata sheet and, last, demo data. The fixture:
 * analytics-exports.fixture.ts; the contract written a second time: analytics-exports.expected.ts.
 */

beforeAll(setUp);
afterAll(() => t.close());

describe('a national user’s files', () => {
  it.each(['countries', 'maturity-vs-outcomes', 'participation'])(
    '%s: no country outside the user’s own',
    async (name) => {
      const path = published(ENDPOINTS.find((e) => e.name === name)!.path());
      const { header, rows } = parseCsv((await file(withFormat(path, 'csv'), viewer)).body as Buffer);
      expect(rows.map((r) => r[header.indexOf('country')])).toEqual(['FRA']);
      const { data } = await readXlsx((await file(withFormat(path, 'xlsx'), viewer)).body as Buffer);
      expect(data.rows.map((r) => r[data.header.indexOf('country')])).toEqual(['FRA']);
    },
  );

  it.each(['countries', 'maturity-vs-outcomes', 'participation'])(
    '%s: the countries that share their figures with members besides, at once',
    async (name) => {
      const path = withFormat(published(ENDPOINTS.find((e) => e.name === name)!.path()), 'csv');
      const countries = async () => {
        const { header, rows } = parseCsv((await file(path, viewer)).body as Buffer);
        return rows.map((r) => r[header.indexOf('country')]);
      };
      const setDeu = (level: string) =>
        request(server())
          .put('/api/countries/DEU/disclosure')
          .set('Authorization', `Bearer ${admin}`)
          .send({ level })
          .expect(200);
      await setDeu('members');
      try {
        expect(await countries()).toEqual(['DEU', 'FRA']);
      } finally {
        await setDeu('confidential');
      }
      expect(await countries()).toEqual(['FRA']);
    },
  );

  it.each([
    ['maturity', ['mean', 'median', 'levels.1', 'dimensions.governance']],
    ['levels', ['levels.1', 'levels.5']],
    ['gaps', ['withGap', 'share']],
    ['difficulties', ['count', 'share']],
    ['operations', ['arrests', 'quantities.cocaine.kg', 'databaseChecks.sltd.hits']],
  ])('%s: suppressed rows with empty figures', async (name, figures) => {
    const path = published(ENDPOINTS.find((e) => e.name === name)!.path());
    const { header, rows } = parseCsv((await file(withFormat(path, 'csv'), viewer)).body as Buffer);
    const suppressed = rows.filter((r) => r[header.indexOf('suppressed')] === 'TRUE');
    expect(suppressed.length).toBeGreaterThan(0);
    for (const row of suppressed) for (const column of figures) expect(row[header.indexOf(column)]).toBe('');
    const { data } = await readXlsx((await file(withFormat(path, 'xlsx'), viewer)).body as Buffer);
    const withheld = data.rows.filter((r) => r[data.header.indexOf('suppressed')] === true);
    expect(withheld).toHaveLength(suppressed.length);
    for (const row of withheld) for (const column of figures) expect(row[data.header.indexOf(column)]).toBeNull();
  });

  it('is refused another country’s profile, in JSON, whatever the format', async () => {
    const res = await get('/api/countries/DEU/profile?grouping=wco&format=csv', viewer).expect(403);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body.message).toMatch(/^iso3/);
  });

  it('is refused a custom grouping, in JSON, whatever the format', async () => {
    const res = await get(`/api/analytics/maturity?grouping=${grouping}&format=xlsx`, viewer).expect(403);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body.message).toMatch(/^grouping/);
  });

  it('says in the XLSX metadata that its figures are protected', async () => {
    const path = withFormat(published(ENDPOINTS[0]!.path()), 'xlsx');
    const { metadata } = await readXlsx((await file(path, viewer)).body as Buffer);
    expect(metadata.get('protectedFigures')).toBe(PROTECTED_FIGURES_NOTICE);
    const analystFile = await readXlsx((await file(path, analyst)).body as Buffer);
    expect(analystFile.metadata.has('protectedFigures')).toBe(false);
  });
});

describe('file names', () => {
  const today = () => new Date().toISOString().slice(0, 10);
  const year = new Date().getUTCFullYear();

  it.each([
    ['/api/analytics/maturity?format=csv', `maturity_wco_2016-${year}`, 'csv'],
    [
      '/api/analytics/maturity?grouping=un&from=2020&to=2024&dimension=governance&format=xlsx',
      'maturity_un_2020-2024_governance',
      'xlsx',
    ],
    ['/api/analytics/levels?grouping=wco&from=2020&to=2024&kind=self&format=csv', 'levels_wco_2020-2024_self', 'csv'],
    ['/api/analytics/gaps?year=2024&format=csv', 'gaps_wco_2024', 'csv'],
    ['/api/analytics/difficulties?year=2024&format=csv', 'difficulties_wco_2024', 'csv'],
    ['/api/analytics/countries?year=2024&format=csv', 'countries_wco_2024', 'csv'],
    ['/api/analytics/operations?from=2024&to=2024&format=csv', 'operations_wco_2024-2024', 'csv'],
    ['/api/analytics/operations/participation?from=2023&to=2024&format=csv', 'participation_wco_2023-2024', 'csv'],
    ['/api/analytics/maturity-vs-outcomes?year=2024&format=csv', 'maturity-vs-outcomes_wco_2024_seizurecases', 'csv'],
    ['/api/countries/FRA/profile?format=xlsx', 'profile_fra', 'xlsx'],
  ])('%s → %s_<date>.%s', async (path, stem, extension) => {
    const before = today();
    const res = await file(path, analyst);
    const dates = new Set([before, today()]);
    const disposition = res.headers['content-disposition'] as string;
    expect([...dates].map((d) => `attachment; filename="${stem}_${d}.${extension}"`)).toContain(disposition);
  });
});

describe('XLSX metadata sheet', () => {
  async function metadataOf(path: string, token = analyst) {
    return (await readXlsx((await file(withFormat(path, 'xlsx'), token)).body as Buffer)).metadata;
  }

  it('says what the file holds, when it was made and how to cite it', async () => {
    const started = Date.now();
    const metadata = await metadataOf(ENDPOINTS[0]!.path());
    expect([...metadata.keys()]).toEqual([
      'title',
      'filters',
      'methodologyVersion',
      'generatedAt',
      'source',
      'citation',
      'dataStatus',
    ]);
    expect(metadata.get('title')).toBe('Maturity index by region and year, 2023–2024');
    expect(metadata.get('filters')).toBe(`grouping=${grouping}&from=2023&to=2024`);
    // No methodology asked for: the default, which stays v1 until an admin adopts another.
    expect(metadata.get('methodologyVersion')).toBe('v1');
    const generatedAt = metadata.get('generatedAt') as string;
    expect(generatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Date.parse(generatedAt)).toBeGreaterThanOrEqual(started - 1000);
    expect(Date.parse(generatedAt)).toBeLessThanOrEqual(Date.now());
    expect(metadata.get('source')).toBe(EXPORT_SOURCE);
    expect(metadata.get('citation')).toBe(
      `CPC Observatory (${generatedAt.slice(0, 10)}). Maturity index by region and year, 2023–2024. Methodology v1.`,
    );
    expect(metadata.get('dataStatus')).toBe('submitted and validated assessments');
  });

  it('names the applied query, defaults included, and the path’s country', async () => {
    const year = new Date().getUTCFullYear();
    expect((await metadataOf('/api/analytics/levels')).get('filters')).toBe(
      `grouping=wco&kind=computed&from=2016&to=${year}`,
    );
    expect((await metadataOf('/api/countries/FRA/profile?status=validated')).get('filters')).toBe(
      'iso3=FRA&grouping=wco&status=validated',
    );
  });

  it('counts validated assessments only with status=validated', async () => {
    const assessmentViews = ENDPOINTS.filter(
      (e) => !['operations', 'participation', 'maturity-vs-outcomes', 'profile'].includes(e.name),
    );
    for (const endpoint of assessmentViews) {
      const metadata = await metadataOf(`${endpoint.path()}&status=validated`);
      expect(metadata.get('dataStatus')).toBe('validated assessments only');
    }
    const against = ENDPOINTS.find((e) => e.name === 'maturity-vs-outcomes')!;
    expect((await metadataOf(`${against.path()}&status=validated`)).get('dataStatus')).toBe(
      'validated assessments only; operation results as reported (no assessment status applies)',
    );
  });

  it('adds the correlations of maturity against outcomes, figures as numbers', async () => {
    const endpoint = ENDPOINTS.find((e) => e.name === 'maturity-vs-outcomes')!;
    const { body } = await get(endpoint.path(), analyst).expect(200);
    const metadata = await metadataOf(endpoint.path());
    expect([...metadata.keys()].slice(-4)).toEqual(['pearson', 'spearman', 'n', 'excluded']);
    expect(body.n).toBeGreaterThanOrEqual(3);
    for (const key of ['pearson', 'spearman', 'n', 'excluded']) expect(metadata.get(key)).toBe(body[key]);
  });

  it('says operational figures count reported results', async () => {
    for (const name of ['operations', 'participation']) {
      const metadata = await metadataOf(ENDPOINTS.find((e) => e.name === name)!.path());
      expect(metadata.get('dataStatus')).toBe('operation results as reported (no assessment status applies)');
    }
  });
});

// Last: demo data changes what every later XLSX says.
describe('with demo data loaded', () => {
  it('the metadata carries the synthetic-data notice, as GET /api/meta says', async () => {
    expect((await get('/api/meta', analyst).expect(200)).body.demoData).toBe(false);
    expect(
      (await readXlsx((await file(withFormat(ENDPOINTS[0]!.path(), 'xlsx'), analyst)).body as Buffer)).metadata.has(
        'syntheticData',
      ),
    ).toBe(false);
    await t.db.query(
      `INSERT INTO assessments (country_iso3, year, status, self_level, submitted_at, source)
       VALUES ('BRA', 2010, 'validated', 3, now(), 'demo')`,
    );
    expect((await get('/api/meta', analyst).expect(200)).body.demoData).toBe(true);
    const { metadata } = await readXlsx((await file(withFormat(ENDPOINTS[0]!.path(), 'xlsx'), analyst)).body as Buffer);
    expect(metadata.get('syntheticData')).toBe(SYNTHETIC_NOTICE);
  });
});
