import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  UUID,
  admin,
  analyst,
  clientFor,
  codesOf,
  createOperation,
  fieldsOf,
  newOperation,
  readBack,
  t,
  totalOperations,
  setUp,
} from './operations.fixture.js';

/**
 * Joint operations through the API: create, read, filter, page, update, delete; each participant's result;
 * bad input; and who may call which route. Every rejected write is followed by a read-back showing that
 * nothing changed.
 *
 * This file: creating, listing and filtering operations. Updates and deletions: operations-updates.test.ts;
 * results: operations-results.test.ts; what each caller may see and do: operations-access.test.ts.
 */

beforeAll(setUp);
afterAll(() => t.close());

describe('creating an operation', () => {
  it('an analyst creates one: 201 with the participants in alphabetical order and none reported yet', async () => {
    const res = await analyst
      .post('/api/operations')
      .send({
        code: 'COCAIR-VII',
        name: 'Cocair VII',
        description: 'Air passengers and freight, West Africa',
        programme: 'aircop',
        lead: 'unodc',
        activities: ['interception', 'risk_targeting'],
        startDate: '2024-11-04',
        endDate: '2025-01-10',
        countries: ['SEN', 'CIV', 'GHA'],
      })
      .expect(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(UUID),
      code: 'COCAIR-VII',
      name: 'Cocair VII',
      description: 'Air passengers and freight, West Africa',
      programme: 'aircop',
      lead: 'unodc',
      activities: ['interception', 'risk_targeting'],
      startDate: '2024-11-04',
      endDate: '2025-01-10',
      countries: ['CIV', 'GHA', 'SEN'],
      reportedCountries: [],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const read = await analyst.get(`/api/operations/${res.body.id}`).expect(200);
    expect(read.body).toEqual(res.body);
  });

  it('an admin creates one too; without a description it is null', async () => {
    const res = await admin
      .post('/api/operations')
      .send(newOperation({ code: 'ADMIN-MADE' }))
      .expect(201);
    expect(res.body).toMatchObject({ code: 'ADMIN-MADE', description: null, countries: ['DEU', 'FRA'] });
  });

  it('a second operation with the same code is a 409, and the first one stays as it was', async () => {
    const first = await createOperation({ code: 'TWICE-1', name: 'The first' });
    const before = await readBack(first.id);
    const res = await analyst
      .post('/api/operations')
      .send(newOperation({ code: 'TWICE-1', name: 'The second' }))
      .expect(409);
    expect(res.body.message).toMatch(/^code: /);
    expect(await readBack(first.id)).toEqual(before);
    expect(await totalOperations('&q=TWICE-1')).toBe(1);
  });

  const badInputs: [string, Record<string, unknown>, string][] = [
    ['endDate before startDate', { startDate: '2024-05-10', endDate: '2024-05-09' }, 'endDate'],
    ['an unknown country', { countries: ['FRA', 'QQQ'] }, 'countries.1'],
    ['a country not written in ISO alpha-3', { countries: ['fr'] }, 'countries.0'],
    ['no country', { countries: [] }, 'countries'],
    ['a country listed twice', { countries: ['FRA', 'FRA'] }, 'countries'],
    ['an unknown programme', { programme: 'nato' }, 'programme'],
    ['an unknown lead', { lead: 'europol' }, 'lead'],
    ['no activity', { activities: [] }, 'activities'],
    ['an unknown activity', { activities: ['surveillance'] }, 'activities.0'],
    ['a date that does not exist', { startDate: '2024-02-30' }, 'startDate'],
    ['a date in another format', { endDate: '31/03/2024' }, 'endDate'],
    ['a code with spaces', { code: 'BAD CODE' }, 'code'],
    ['an empty name', { name: '   ' }, 'name'],
    ['an unknown field', { colour: 'blue' }, 'colour'],
  ];

  it.each(badInputs)('%s → 400 naming %s, nothing created', async (_, overrides, field) => {
    const before = await totalOperations();
    const body = { ...newOperation(), ...overrides };
    const res = await analyst.post('/api/operations').send(body).expect(400);
    expect(fieldsOf(res.body)).toEqual([field]);
    expect(res.body.errors[0].message).toContain(field);
    expect(await totalOperations()).toBe(before);
  });

  it('a missing required field is named', async () => {
    const { name: _, ...withoutName } = newOperation();
    const res = await analyst.post('/api/operations').send(withoutName).expect(400);
    expect(fieldsOf(res.body)).toEqual(['name']);
  });
});

describe('listing operations', () => {
  // PAGE-B and PAGE-D end on the same day: the code decides between them.
  beforeAll(async () => {
    for (const [code, endDate] of [
      ['PAGE-A', '2021-06-30'],
      ['PAGE-B', '2023-01-15'],
      ['PAGE-C', '2022-12-31'],
      ['PAGE-D', '2023-01-15'],
      ['PAGE-E', '2020-05-05'],
    ] as const)
      await createOperation({ code, startDate: '2020-01-01', endDate });
  });

  it('newest end date first, then by code; total counts every match before limit and offset', async () => {
    const all = await analyst.get('/api/operations?q=PAGE-').expect(200);
    expect(codesOf(all.body)).toEqual(['PAGE-B', 'PAGE-D', 'PAGE-C', 'PAGE-A', 'PAGE-E']);
    expect(all.body).toMatchObject({ total: 5, limit: 100, offset: 0 });

    const second = await analyst.get('/api/operations?q=PAGE-&limit=2&offset=2').expect(200);
    expect(codesOf(second.body)).toEqual(['PAGE-C', 'PAGE-A']);
    expect(second.body).toMatchObject({ total: 5, limit: 2, offset: 2 });

    const last = await analyst.get('/api/operations?q=PAGE-&limit=2&offset=4').expect(200);
    expect(codesOf(last.body)).toEqual(['PAGE-E']);
    expect(last.body.total).toBe(5);

    const beyond = await analyst.get('/api/operations?q=PAGE-&limit=2&offset=10').expect(200);
    expect(beyond.body).toEqual({ operations: [], total: 5, limit: 2, offset: 10 });
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['offset=-1', 'offset'],
    ['year=twenty', 'year'],
    ['country=fra', 'country'],
    ['programme=nato', 'programme'],
    ['sort=code', 'sort'],
  ])('?%s → 400 naming %s', async (query, field) => {
    const res = await analyst.get(`/api/operations?${query}`).expect(400);
    expect(fieldsOf(res.body)).toEqual([field]);
  });
});

describe('filtering operations', () => {
  beforeAll(async () => {
    await createOperation({
      code: 'FILT-1',
      name: 'Harbour watch',
      programme: 'ccp',
      lead: 'wco',
      activities: ['investigation'],
      startDate: '2022-04-01',
      endDate: '2022-05-01',
      countries: ['KEN', 'TZA'],
    });
    await createOperation({
      code: 'FILT-2',
      name: 'Night flights',
      programme: 'aircop',
      lead: 'unodc',
      activities: ['risk_targeting', 'interception'],
      startDate: '2023-01-10',
      endDate: '2023-02-01',
      countries: ['SEN'],
    });
    await createOperation({
      code: 'FILT-3',
      name: 'Container sweep',
      programme: 'ccp',
      lead: 'unodc',
      activities: ['controlled_delivery', 'investigation'],
      startDate: '2023-11-01',
      endDate: '2023-11-30',
      countries: ['KEN'],
    });
    // Starts in 2022, ends in 2023: it counts in 2023.
    await createOperation({
      code: 'FILT-4',
      name: 'Lake Victoria 50% patrol',
      programme: 'interpol',
      lead: 'interpol',
      activities: ['operational'],
      startDate: '2022-12-01',
      endDate: '2023-12-31',
      countries: ['TZA', 'UGA'],
    });
  });

  it.each([
    ['programme=ccp', ['FILT-3', 'FILT-1']],
    ['lead=unodc', ['FILT-3', 'FILT-2']],
    ['activity=investigation', ['FILT-3', 'FILT-1']],
    ['country=TZA', ['FILT-4', 'FILT-1']],
    ['year=2023', ['FILT-4', 'FILT-3', 'FILT-2']],
    ['year=2022', ['FILT-1']],
    ['programme=ccp&country=KEN&year=2023', ['FILT-3']],
    ['activity=operational&lead=wco', []],
  ])('?q=FILT-&%s → %j', async (query, codes) => {
    const res = await analyst.get(`/api/operations?q=FILT-&${query}`).expect(200);
    expect(codesOf(res.body)).toEqual(codes);
    expect(res.body.total).toBe(codes.length);
  });

  it('q finds text in the name, whatever the case, and % is a plain character', async () => {
    const byName = await analyst.get('/api/operations?q=victoria').expect(200);
    expect(codesOf(byName.body)).toEqual(['FILT-4']);
    const percent = await analyst.get('/api/operations?q=50%25').expect(200);
    expect(codesOf(percent.body)).toEqual(['FILT-4']);
    const wildcardOnly = await analyst.get('/api/operations?q=FILT-%25-').expect(200);
    expect(wildcardOnly.body.total).toBe(0);
  });

  it.each([
    ['coordinator', 'KEN', '', ['FILT-3', 'FILT-1']],
    ['viewer', 'KEN', '', ['FILT-3', 'FILT-1']],
    ['viewer', 'UGA', '', ['FILT-4']],
    ['coordinator', 'TZA', '&year=2023', ['FILT-4']],
    // A national user filtering on another country only sees the operations shared with it.
    ['viewer', 'KEN', '&country=TZA', ['FILT-1']],
    ['viewer', 'SEN', '&country=KEN', []],
    ['coordinator', 'MLI', '', []],
  ] as const)('a %s of %s sees only the operations it takes part in (%s) → %j', async (role, country, query, codes) => {
    const client = await clientFor({ role, country });
    const res = await client.get(`/api/operations?q=FILT-${query}`).expect(200);
    expect(codesOf(res.body)).toEqual(codes);
    expect(res.body.total).toBe(codes.length);
  });
});
