import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRoutePolicies } from '../src/openapi/route-policies.js';
import { listRegisteredRoutes } from '../src/openapi/route-walker.js';
import { insertAssessment } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let token: string;
const get = (path: string) => request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);

beforeAll(async () => {
  t = await startTestApp();
  token = await t.tokenFor('viewer', 'FRA');
});
afterAll(() => t.close());

describe('status', () => {
  it('GET /api/health reports the database up', async () => {
    expect((await get('/api/health').expect(200)).body).toEqual({ status: 'ok', db: 'up', replicas: [] });
  });

  it('GET /api/meta reports methodology v1, no demo data, and the WCO’s Members today as the WCO counts them', async () => {
    expect((await get('/api/meta').expect(200)).body).toEqual({
      methodologyVersion: 'v1',
      demoData: false,
      latestYear: null,
      dataYears: null,
      // 187 since Saint Vincent and the Grenadines joined on 17 September 2025; the EU is not counted.
      wcoMembers: { asOf: new Date().toISOString().slice(0, 10), count: 187 },
    });
  });

  it('GET /api/meta spans the years of any assessment (even a draft) and of operations by their end year', async () => {
    await insertAssessment(t.db, { country: 'FRA', year: 2019, status: 'draft', overall: 0, level: 1, selfLevel: 1 });
    await insertAssessment(t.db, {
      country: 'DEU',
      year: 2021,
      status: 'validated',
      overall: 50,
      level: 3,
      selfLevel: 3,
    });
    await t.db.query(
      `INSERT INTO operations (code, name, programme, lead, activities, start_date, end_date, end_year)
       VALUES ('OP-META', 'Years', 'wco', 'wco', ARRAY['interception'], '2022-12-20', '2023-01-10', 2023)`,
    );
    const { body } = await get('/api/meta').expect(200);
    expect(body.dataYears).toEqual({ first: 2019, last: 2023 });
    expect(body.latestYear).toBe(2021);
  });
});

describe('GET /api/instrument', () => {
  it('gives the 27 items with texts in both languages by default', async () => {
    const { body } = await get('/api/instrument').expect(200);
    expect(body.methodologyVersion).toBe('v1');
    expect(body.items).toHaveLength(27);
    expect(body.dimensions).toHaveLength(9);
    expect(body.levels.map((l: { level: number }) => l.level)).toEqual([1, 2, 3, 4, 5]);
    const a1 = body.items[0];
    expect(a1.question.fr).toBe(
      'Quelles sont les dispositions prises par votre pays pour assurer la coopération douane-police ?',
    );
    expect(a1.options.map((o: { code: string }) => o.code)).toEqual([
      'none',
      'informal',
      'mou',
      'moa',
      'legislation',
      'joint_committee',
    ]);
  });

  it('gives plain strings in the requested language', async () => {
    const { body } = await get('/api/instrument?lang=fr').expect(200);
    const a32 = body.items.find((i: { code: string }) => i.code === 'A.3.2');
    expect(a32.question).toBe("Dans l'affirmative, ce dispositif repose-t-il sur un PE ou sur un cadre législatif ?");
    expect(a32.gaps).toBe('');
    expect(a32.solutions).toBe('');
    expect(a32.applies).toEqual({ kind: 'not_equals', item: 'A.3.1', value: 'no' });
  });

  it('gives the questionnaire in Spanish and Arabic, translated from the French', async () => {
    const spanish = (await get('/api/instrument?lang=es').expect(200)).body as {
      items: { code: string; question: string }[];
    };
    const arabic = (await get('/api/instrument?lang=ar').expect(200)).body as {
      items: { code: string; question: string }[];
    };
    expect(spanish.items.find((i) => i.code === 'A.1')?.question).toBe(
      '¿Qué disposiciones ha adoptado su país para garantizar la cooperación entre aduanas y policía?',
    );
    expect(arabic.items.find((i) => i.code === 'A.1')?.question).toBe(
      'ما هي الترتيبات التي اتخذها بلدكم لضمان التعاون بين الجمارك والشرطة؟',
    );
  });

  it('rejects an unknown language, naming the parameter', async () => {
    const { body } = await get('/api/instrument?lang=de').expect(400);
    expect(body.errors).toEqual([
      {
        field: 'lang',
        message: 'lang must be one of en, fr, es, ar',
        code: 'invalid_value',
        params: { values: ['en', 'fr', 'es', 'ar'] },
      },
    ]);
  });
});

describe('reference data', () => {
  it('GET /api/countries lists ISO countries with their names in the four locales', async () => {
    const { body } = await get('/api/countries').expect(200);
    expect(body.countries.length).toBeGreaterThanOrEqual(249);
    expect(body.countries.find((c: { iso3: string }) => c.iso3 === 'DEU')).toEqual({
      iso3: 'DEU',
      iso2: 'DE',
      name: { en: 'Germany', fr: 'Allemagne', es: 'Alemania', ar: 'ألمانيا' },
    });
  });

  it('GET /api/groupings gives WCO with six regions and UN with five', async () => {
    const { body } = await request(t.app.getHttpServer())
      .get('/api/groupings')
      .set('Authorization', `Bearer ${await t.tokenFor('analyst')}`)
      .expect(200);
    const byId = Object.fromEntries(body.groupings.map((g: { id: string }) => [g.id, g]));
    expect(byId.wco.regions.map((r: { code: string }) => r.code)).toEqual(['ESA', 'EUR', 'AP', 'MENA', 'AMS', 'WCA']);
    expect(byId.un.regions).toHaveLength(5);
    expect([byId.wco.builtIn, byId.un.builtIn]).toEqual([true, true]);
    const europe = byId.wco.regions.find((r: { code: string }) => r.code === 'EUR');
    expect(europe.members).toContain('FRA');
    expect(europe.members).not.toContain('EU');
  });

  it('GET /api/groupings/:id answers 404 for an unknown grouping', async () => {
    const analyst = await t.tokenFor('analyst');
    await request(t.app.getHttpServer())
      .get('/api/groupings/nope')
      .set('Authorization', `Bearer ${analyst}`)
      .expect(404);
  });

  it('GET /api/groupings/:id answers a national user 403 for any grouping but the published ones, known or not', async () => {
    const { body } = await get('/api/groupings/nope').expect(403);
    expect(body.message).toMatch(/^grouping/);
    expect((await get('/api/groupings/un').expect(403)).body.message).toMatch(/^grouping/);
    await get('/api/groupings/wco').expect(200);
  });
});

describe('GET /api/analytics/maturity bad input', () => {
  it.each([
    ['grouping=nope', 403, /^grouping/],
    ['from=2022&to=2020', 400, /^from/],
    ['from=1989', 400, /^from.*1990/],
    ['to=2101', 400, /^to.*2100/],
    ['from=2020.5', 400, /^from.*integer/],
    ['to=abc', 400, /^to.*integer/],
    ['from=', 400, /^from/],
    ['colour=red', 400, /colour/],
  ])('%s → %d naming the parameter', async (query, status, message) => {
    const { body } = await get(`/api/analytics/maturity?${query}`).expect(status);
    expect(body.message).toMatch(message);
  });

  it('answers an analyst 404 naming the parameter for an unknown grouping', async () => {
    const analyst = await t.tokenFor('analyst');
    const { body } = await request(t.app.getHttpServer())
      .get('/api/analytics/maturity?grouping=nope')
      .set('Authorization', `Bearer ${analyst}`)
      .expect(404);
    expect(body.message).toMatch(/^grouping/);
  });

  it('answers every region with nulls on an empty database', async () => {
    const analyst = await t.tokenFor('analyst');
    const exact = await request(t.app.getHttpServer())
      .get('/api/analytics/maturity?grouping=wco&from=2020&to=2020')
      .set('Authorization', `Bearer ${analyst}`)
      .expect(200);
    expect(exact.body.series).toHaveLength(7);
    expect(
      exact.body.series.every((p: { assessed: number; mean: number | null }) => p.assessed === 0 && p.mean === null),
    ).toBe(true);
    // A national user: every cell withheld, without saying that it holds no assessment.
    const { body } = await get('/api/analytics/maturity?grouping=wco&from=2020&to=2020').expect(200);
    expect(body.series).toHaveLength(7);
    for (const p of body.series) expect(p).toMatchObject({ assessed: null, mean: null, suppressed: true });
  });
});

describe('GET /api/docs', () => {
  it('serves the document at /api/docs-json too, the address NestJS clients try first', async () => {
    const { body: document } = await get('/api/docs/openapi.json').expect(200);
    const { body: alias } = await request(t.app.getHttpServer()).get('/api/docs-json').expect(200);
    expect(alias).toEqual(document);
    expect(alias.openapi).toMatch(/^3\./);
  });

  it('serves the OpenAPI document built from the shared schemas', async () => {
    const { body } = await get('/api/docs/openapi.json').expect(200);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/api/analytics/maturity',
        '/api/analytics/levels',
        '/api/analytics/gaps',
        '/api/analytics/difficulties',
        '/api/countries/{iso3}/profile',
        '/api/auth/login',
        '/api/users/{id}',
        '/api/groupings/{id}',
        '/api/assessments/import',
      ]),
    );
    expect(Object.keys(body.paths['/api/groupings/{id}'])).toEqual(['get', 'patch', 'delete']);
    const schema = body.paths['/api/analytics/maturity'].get.responses['200'].content['application/json'].schema;
    expect(schema.properties.series.items.required).toContain('p25');
  });

  it('documents every route of the API', async () => {
    const { body } = await get('/api/docs/openapi.json').expect(200);
    const documented = Object.entries(body.paths as Record<string, object>).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const routes = listRoutePolicies(t.app).map((r) => `${r.method} ${r.path}`);
    expect(routes.filter((r) => !documented.includes(r))).toEqual([]);
    expect(documented.filter((r) => !routes.includes(r))).toEqual([]);
  });
});

describe('GET /api/docs: the disclosure routes, the refusals and the file formats', () => {
  it('describes the disclosure routes with the domain’s schemas', async () => {
    const { body } = await get('/api/docs/openapi.json').expect(200);
    expect(Object.keys(body.paths['/api/countries/{iso3}/disclosure'])).toEqual(['get', 'put']);
    expect(Object.keys(body.paths['/api/countries/{iso3}/disclosure/history'])).toEqual(['get']);
    const { get: read, put } = body.paths['/api/countries/{iso3}/disclosure'];
    const history = body.paths['/api/countries/{iso3}/disclosure/history'].get;
    const schemaOf = (response: { content: { 'application/json': { schema: { required: string[] } } } }) =>
      response.content['application/json'].schema;
    const requestSchema = put.requestBody.content['application/json'].schema;
    expect(requestSchema).toMatchObject({ required: ['level'], additionalProperties: false });
    expect(requestSchema.properties.level.enum).toEqual(['confidential', 'members']);
    for (const op of [read, put])
      expect(schemaOf(op.responses['200']).required).toEqual(['iso3', 'level', 'updatedAt', 'updatedBy']);
    expect(history.responses['200'].content['application/json'].schema.properties.items.items.required).toEqual([
      'level',
      'changedAt',
      'changedBy',
    ]);
    // Any signed-in user reads a preference; setting it and reading its history are refused to some.
    expect(Object.keys(read.responses).sort()).toEqual(['200', '400', '401', '404']);
    expect(Object.keys(put.responses).sort()).toEqual(['200', '400', '401', '403', '404']);
    expect(Object.keys(history.responses).sort()).toEqual(['200', '400', '401', '403', '404']);
    expect(put.responses['403'].description).toMatch(/coordinator.*admin/);
  });

  it('says what national users are refused on the analytics routes', async () => {
    const { body } = await get('/api/docs/openapi.json').expect(200);
    const refusal = (path: string) => body.paths[path].get.responses['403'].description as string;
    for (const path of [
      '/api/analytics/maturity',
      '/api/analytics/levels',
      '/api/analytics/gaps',
      '/api/analytics/difficulties',
      '/api/analytics/countries',
      '/api/analytics/operations',
      '/api/analytics/operations/participation',
      '/api/analytics/maturity-vs-outcomes',
      '/api/countries/{iso3}/profile',
    ])
      expect(refusal(path), path).toMatch(/custom grouping.*status/);
    for (const path of ['/api/analytics/operations', '/api/analytics/operations/participation'])
      expect(refusal(path), path).toMatch(/programme, activity or commodity/);
    expect(refusal('/api/countries/{iso3}/profile')).toMatch(/keeps its figures confidential/);
    expect(refusal('/api/groupings/{id}')).toMatch(/other than wco\b/);
  });

  it('lists CSV and XLSX besides JSON on every route whose format may ask for a file', async () => {
    const { body } = await get('/api/docs/openapi.json').expect(200);
    type Get = {
      parameters?: { name: string; description?: string }[];
      responses: Record<string, { content?: object }>;
    };
    const exportable = Object.entries(body.paths as Record<string, { get?: Get }>).filter(([, item]) =>
      item.get?.parameters?.some((p) => p.name === 'format' && p.description?.startsWith('json (default)')),
    );
    // Every route registered with a file export, the views known today among them (a new view adds itself).
    const registered = listRegisteredRoutes(t.app).filter((r) => r.exportable);
    expect(exportable.map(([path]) => path).sort()).toEqual(registered.map((r) => r.path).sort());
    expect(exportable.map(([path]) => path)).toEqual(
      expect.arrayContaining([
        '/api/analytics/countries',
        '/api/analytics/difficulties',
        '/api/analytics/gaps',
        '/api/analytics/levels',
        '/api/analytics/maturity',
        '/api/analytics/maturity-vs-outcomes',
        '/api/analytics/operations',
        '/api/analytics/operations/participation',
        '/api/countries/{iso3}/profile',
      ]),
    );
    for (const [, item] of exportable)
      expect(Object.keys(item.get!.responses['200']!.content ?? {}).sort()).toEqual([
        'application/json',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'text/csv',
      ]);
  });
});
