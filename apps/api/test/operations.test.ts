import type { CreateOperationRequest, CreateResultRequest } from '@cpc/domain';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor as sharedClientFor, type Client, type Who } from './assessment-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Joint operations through the API: create, read, filter, page, update, delete; each participant's result;
 * bad input; and who may call which route. Every rejected write is followed by a read-back showing that
 * nothing changed.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

let t: TestApp;
let admin: Client;
let analyst: Client;

function clientFor(who: Who): Promise<Client> {
  return sharedClientFor(t, who);
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await clientFor({ role: 'admin' });
  analyst = await clientFor({ role: 'analyst' });
});
afterAll(() => t.close());

// ---------------------------------------------------------------------------------------------------------
// Factories: valid requests with unique codes, overridable field by field.

let sequence = 0;

function newOperation(overrides: Partial<CreateOperationRequest> = {}): CreateOperationRequest {
  sequence++;
  return {
    code: `OPS-${sequence}`,
    name: `Joint operation ${sequence}`,
    programme: 'aircop',
    lead: 'unodc',
    activities: ['risk_targeting', 'interception'],
    startDate: '2024-03-01',
    endDate: '2024-03-31',
    countries: ['FRA', 'DEU'],
    ...overrides,
  };
}

function newResult(country: string, overrides: Partial<CreateResultRequest> = {}): CreateResultRequest {
  return {
    country,
    unitType: 'airport_task_force',
    arrests: 2,
    investigationsOpened: 1,
    controlledDeliveries: 0,
    personsChecked: 500,
    databaseChecks: [{ database: 'sltd', queries: 500, hits: 4 }],
    seizures: [{ commodity: 'cocaine', cases: 1, quantity: 2.5, unit: 'kg' }],
    ...overrides,
  };
}

interface Operation {
  id: string;
  code: string;
  name: string;
  endDate: string;
  countries: string[];
  reportedCountries: string[];
  updatedAt: string;
}
interface Result {
  id: string;
  operationId: string;
  country: string;
  arrests: number;
  updatedAt: string;
}

async function createOperation(overrides: Partial<CreateOperationRequest> = {}): Promise<Operation> {
  const res = await analyst.post('/api/operations').send(newOperation(overrides));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as Operation;
}

async function createResult(operationId: string, body: CreateResultRequest): Promise<Result> {
  const res = await analyst.post(`/api/operations/${operationId}/results`).send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as Result;
}

/** What the admin reads of one operation: the operation (or its 404) and its results. */
async function readBack(operationId: string) {
  const operation = await admin.get(`/api/operations/${operationId}`);
  const results = await admin.get(`/api/operations/${operationId}/results`);
  return { status: operation.status, operation: operation.body, results: results.body };
}

async function totalOperations(query = ''): Promise<number> {
  const res = await admin.get(`/api/operations?limit=1${query}`).expect(200);
  return res.body.total as number;
}

function codesOf(body: { operations: { code: string }[] }): string[] {
  return body.operations.map((o) => o.code);
}

function fieldsOf(body: { errors: { field: string }[] }): string[] {
  return body.errors.map((e) => e.field);
}

// ---------------------------------------------------------------------------------------------------------

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

describe('what national users learn about other participants', () => {
  let operation: Operation;

  beforeAll(async () => {
    operation = await createOperation({ code: 'SCOPE-1', countries: ['BEN', 'NER', 'TGO'] });
    await createResult(operation.id, newResult('BEN'));
    await createResult(operation.id, newResult('NER', { arrests: 9 }));
  });

  it.each([
    [{ role: 'analyst' }, ['BEN', 'NER'], ['BEN', 'NER']],
    [{ role: 'viewer', country: 'BEN' }, ['BEN'], ['BEN']],
    [{ role: 'coordinator', country: 'NER' }, ['NER'], ['NER']],
    // TGO takes part but has not reported: it sees the operation, no one's result.
    [{ role: 'viewer', country: 'TGO' }, [], []],
  ] as const)('%j: reportedCountries %j, results of %j', async (who, reported, results) => {
    const client = await clientFor(who);
    const read = await client.get(`/api/operations/${operation.id}`).expect(200);
    expect(read.body.countries).toEqual(['BEN', 'NER', 'TGO']);
    expect(read.body.reportedCountries).toEqual(reported);
    const listed = await client.get('/api/operations?q=SCOPE-1').expect(200);
    expect(listed.body.operations[0].reportedCountries).toEqual(reported);
    const list = await client.get(`/api/operations/${operation.id}/results`).expect(200);
    expect(list.body.results.map((r: Result) => r.country)).toEqual(results);
  });

  it("a national user cannot read another participant's result by its id (404)", async () => {
    const ner = (await analyst.get(`/api/operations/${operation.id}/results`).expect(200)).body.results[1] as Result;
    expect(ner.country).toBe('NER');
    const benViewer = await clientFor({ role: 'viewer', country: 'BEN' });
    await benViewer.get(`/api/operations/${operation.id}/results/${ner.id}`).expect(404);
  });

  it('a national user reads the result of a participant that shares its figures with members, only while it does', async () => {
    const ner = (await analyst.get(`/api/operations/${operation.id}/results`).expect(200)).body.results[1] as Result;
    const setNer = async (level: string) =>
      request(t.app.getHttpServer())
        .put('/api/countries/NER/disclosure')
        .set('Authorization', `Bearer ${await t.tokenFor('admin')}`)
        .send({ level })
        .expect(200);
    const benViewer = await clientFor({ role: 'viewer', country: 'BEN' });
    const tgoViewer = await clientFor({ role: 'viewer', country: 'TGO' });
    const countries = async (client: Client) =>
      (await client.get(`/api/operations/${operation.id}/results`).expect(200)).body.results.map(
        (r: Result) => r.country,
      );
    await setNer('members');
    try {
      expect(await countries(benViewer)).toEqual(['BEN', 'NER']);
      expect(await countries(tgoViewer)).toEqual(['NER']);
      const read = await benViewer.get(`/api/operations/${operation.id}/results/${ner.id}`).expect(200);
      expect(read.body).toMatchObject({ country: 'NER', arrests: 9 });
      // A country outside the operation still does not see it, nor its results.
      const outsider = await clientFor({ role: 'viewer', country: 'MLI' });
      await outsider.get(`/api/operations/${operation.id}/results`).expect(404);
      await outsider.get(`/api/operations/${operation.id}/results/${ner.id}`).expect(404);
    } finally {
      await setNer('confidential');
    }
    expect(await countries(benViewer)).toEqual(['BEN']);
    await benViewer.get(`/api/operations/${operation.id}/results/${ner.id}`).expect(404);
  });
});

describe('updating an operation', () => {
  it('merges the fields given and keeps the others', async () => {
    const created = await createOperation({ code: 'MERGE-1', description: 'Before' });
    const res = await analyst
      .patch(`/api/operations/${created.id}`)
      .send({ name: 'Renamed', description: null })
      .expect(200);
    expect(res.body).toEqual({
      ...created,
      name: 'Renamed',
      description: null,
      updatedAt: expect.any(String),
    });
    expect(res.body.updatedAt).not.toBe(created.updatedAt);
    expect((await analyst.get(`/api/operations/${created.id}`).expect(200)).body).toEqual(res.body);
  });

  it('an end date moved into the next year is what GET and the year filter then show, and its seizures move with it', async () => {
    const created = await createOperation({
      code: 'YEAR-MOVE',
      startDate: '2024-11-20',
      endDate: '2024-12-31',
      countries: ['MAR'],
    });
    await createResult(
      created.id,
      newResult('MAR', { seizures: [{ commodity: 'cannabis', cases: 3, quantity: 1200.5, unit: 'kg' }] }),
    );
    expect(await totalOperations('&q=YEAR-MOVE&year=2024')).toBe(1);

    await analyst.patch(`/api/operations/${created.id}`).send({ endDate: '2025-01-15' }).expect(200);

    const read = await analyst.get(`/api/operations/${created.id}`).expect(200);
    expect(read.body).toMatchObject({ startDate: '2024-11-20', endDate: '2025-01-15' });
    expect(await totalOperations('&q=YEAR-MOVE&year=2024')).toBe(0);
    expect(await totalOperations('&q=YEAR-MOVE&year=2025')).toBe(1);
    // MAR reports in this operation only: its seized cannabis now counts in 2025, no longer in 2024.
    const { rows } = await t.db.query(
      `SELECT year, commodity, unit, cases::int, quantity::float AS quantity
       FROM operation_seizure_rollup WHERE country_iso3 = 'MAR' ORDER BY year`,
    );
    expect(rows).toEqual([{ year: 2025, commodity: 'cannabis', unit: 'kg', cases: 3, quantity: 1200.5 }]);
  });

  it.each([
    // Only one date given: the other comes from the stored operation (2024-03-01 to 2024-03-31).
    ['a start after the stored end', { startDate: '2024-04-01' }, 'startDate'],
    ['an end before the stored start', { endDate: '2024-02-29' }, 'endDate'],
    ['both dates, the wrong way round', { startDate: '2024-06-02', endDate: '2024-06-01' }, 'endDate'],
    ['an unknown country', { countries: ['FRA', 'DEU', 'XYZ'] }, 'countries.2'],
    ['an unknown field', { status: 'closed' }, 'status'],
    ['no activity', { activities: [] }, 'activities'],
  ])('%s → 400 naming %s, nothing changed', async (_, body, field) => {
    const created = await createOperation();
    const before = await readBack(created.id);
    const res = await analyst.patch(`/api/operations/${created.id}`).send(body).expect(400);
    expect(fieldsOf(res.body)).toEqual([field]);
    expect(await readBack(created.id)).toEqual(before);
  });

  it("taking another operation's code is a 409, nothing changed", async () => {
    await createOperation({ code: 'TAKEN-1' });
    const created = await createOperation({ code: 'TAKEN-2' });
    const before = await readBack(created.id);
    await analyst.patch(`/api/operations/${created.id}`).send({ code: 'TAKEN-1', name: 'x' }).expect(409);
    expect(await readBack(created.id)).toEqual(before);
  });

  it('keeping its own code is fine', async () => {
    const created = await createOperation({ code: 'SAME-CODE' });
    const res = await analyst.patch(`/api/operations/${created.id}`).send({ code: 'SAME-CODE' }).expect(200);
    expect(res.body.code).toBe('SAME-CODE');
  });

  it('a participant that has reported cannot be removed (409, nothing changed); one that has not can', async () => {
    const created = await createOperation({ code: 'PARTICIPANTS', countries: ['FRA', 'DEU', 'ESP'] });
    await createResult(created.id, newResult('DEU'));
    const before = await readBack(created.id);

    const refused = await analyst
      .patch(`/api/operations/${created.id}`)
      .send({ name: 'Renamed', countries: ['FRA', 'ESP'] })
      .expect(409);
    expect(refused.body.message).toMatch(/^countries: DEU /);
    expect(await readBack(created.id)).toEqual(before);

    // ESP (no result) leaves, ITA joins, DEU (reported) stays.
    const res = await analyst
      .patch(`/api/operations/${created.id}`)
      .send({ countries: ['ITA', 'DEU', 'FRA'] })
      .expect(200);
    expect(res.body).toMatchObject({ countries: ['DEU', 'FRA', 'ITA'], reportedCountries: ['DEU'] });
    const results = await analyst.get(`/api/operations/${created.id}/results`).expect(200);
    expect(results.body.results.map((r: Result) => r.country)).toEqual(['DEU']);
  });
});

describe('deleting an operation', () => {
  it('204; the operation, its participants, results and seizures are gone', async () => {
    const created = await createOperation({ code: 'DELETE-ME', countries: ['PRT'] });
    const result = await createResult(created.id, newResult('PRT'));
    const total = await totalOperations();

    await analyst.delete(`/api/operations/${created.id}`).expect(204);

    await analyst.get(`/api/operations/${created.id}`).expect(404);
    await analyst.get(`/api/operations/${created.id}/results`).expect(404);
    await analyst.get(`/api/operations/${created.id}/results/${result.id}`).expect(404);
    expect(await totalOperations()).toBe(total - 1);
    const { rows } = await t.db.query(
      `SELECT (SELECT count(*)::int FROM operation_countries WHERE operation_id = $1) AS participants,
              (SELECT count(*)::int FROM operation_results WHERE operation_id = $1) AS results,
              (SELECT count(*)::int FROM operation_seizures WHERE result_id = $2) AS seizures,
              (SELECT count(*)::int FROM operation_seizure_rollup WHERE country_iso3 = 'PRT') AS rollup`,
      [created.id, result.id],
    );
    expect(rows[0]).toEqual({ participants: 0, results: 0, seizures: 0, rollup: 0 });
    // The code is free again.
    await createOperation({ code: 'DELETE-ME' });
  });

  it('deleting it again is a 404', async () => {
    const created = await createOperation();
    await analyst.delete(`/api/operations/${created.id}`).expect(204);
    await analyst.delete(`/api/operations/${created.id}`).expect(404);
  });
});

describe('results', () => {
  let operation: Operation;

  beforeAll(async () => {
    operation = await createOperation({ code: 'RESULTS-1', countries: ['FRA', 'DEU', 'BEL'] });
  });

  it('an analyst reports a participant’s result: 201, lists in their fixed order, quantities to 3 decimals', async () => {
    const res = await analyst
      .post(`/api/operations/${operation.id}/results`)
      .send({
        country: 'FRA',
        unitType: 'joint_team',
        unitName: '  Brigade mixte CDG ',
        arrests: 7,
        investigationsOpened: 3,
        controlledDeliveries: 1,
        personsChecked: 2400,
        databaseChecks: [
          { database: 'notices', queries: 600, hits: 2 },
          { database: 'sltd', queries: 2400, hits: 11 },
        ],
        seizures: [
          { commodity: 'currency', cases: 2, quantity: 150000, unit: 'eur' },
          { commodity: 'cocaine', cases: 4, quantity: 31.2346, unit: 'kg' },
        ],
      })
      .expect(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(UUID),
      operationId: operation.id,
      country: 'FRA',
      unitType: 'joint_team',
      unitName: 'Brigade mixte CDG',
      arrests: 7,
      investigationsOpened: 3,
      controlledDeliveries: 1,
      personsChecked: 2400,
      databaseChecks: [
        { database: 'sltd', queries: 2400, hits: 11 },
        { database: 'notices', queries: 600, hits: 2 },
      ],
      seizures: [
        { commodity: 'cocaine', cases: 4, quantity: 31.235, unit: 'kg' },
        { commodity: 'currency', cases: 2, quantity: 150000, unit: 'eur' },
      ],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const read = await analyst.get(`/api/operations/${operation.id}/results/${res.body.id}`).expect(200);
    expect(read.body).toEqual(res.body);
    const list = await analyst.get(`/api/operations/${operation.id}/results`).expect(200);
    expect(list.body).toEqual({ operationId: operation.id, results: [res.body] });
    expect((await analyst.get(`/api/operations/${operation.id}`).expect(200)).body.reportedCountries).toEqual(['FRA']);
  });

  it('a second result for the same country is a 409, and the first stays as it was', async () => {
    const before = await readBack(operation.id);
    const res = await analyst
      .post(`/api/operations/${operation.id}/results`)
      .send(newResult('FRA', { arrests: 99 }))
      .expect(409);
    expect(res.body.message).toMatch(/^country: FRA /);
    expect(await readBack(operation.id)).toEqual(before);
  });

  it('a country that does not take part is a 400 naming country, nothing written', async () => {
    const before = await readBack(operation.id);
    const res = await analyst.post(`/api/operations/${operation.id}/results`).send(newResult('ITA')).expect(400);
    expect(fieldsOf(res.body)).toEqual(['country']);
    expect(await readBack(operation.id)).toEqual(before);
  });

  it.each([
    ['hits above queries', { databaseChecks: [{ database: 'sltd', queries: 10, hits: 11 }] }, 'databaseChecks.0.hits'],
    [
      'a database listed twice',
      {
        databaseChecks: [
          { database: 'smv', queries: 10, hits: 1 },
          { database: 'smv', queries: 20, hits: 2 },
        ],
      },
      'databaseChecks.1.database',
    ],
    [
      'a commodity twice in the same unit',
      {
        seizures: [
          { commodity: 'heroin', cases: 1, quantity: 1, unit: 'kg' },
          { commodity: 'heroin', cases: 2, quantity: 3, unit: 'kg' },
        ],
      },
      'seizures.1.unit',
    ],
    ['negative arrests', { arrests: -1 }, 'arrests'],
    ['a fractional count', { personsChecked: 10.5 }, 'personsChecked'],
    [
      'a negative quantity',
      { seizures: [{ commodity: 'other', cases: 1, quantity: -2, unit: 'l' }] },
      'seizures.0.quantity',
    ],
    [
      'an unknown commodity',
      { seizures: [{ commodity: 'gold', cases: 1, quantity: 2, unit: 'kg' }] },
      'seizures.0.commodity',
    ],
    ['an unknown unit type', { unitType: 'army' }, 'unitType'],
    ['a malformed country', { country: 'be' }, 'country'],
    ['an unknown field', { hitRate: 0.5 }, 'hitRate'],
  ])('%s → 400 naming %s, nothing written', async (_, overrides, field) => {
    const before = await readBack(operation.id);
    const res = await analyst
      .post(`/api/operations/${operation.id}/results`)
      .send({ ...newResult('BEL'), ...overrides })
      .expect(400);
    expect(fieldsOf(res.body)).toEqual([field]);
    expect(await readBack(operation.id)).toEqual(before);
  });

  it('without checks and seizures, both are empty lists; an empty unit name is null', async () => {
    const { databaseChecks: _c, seizures: _s, ...bare } = newResult('DEU', { unitName: '' });
    const res = await analyst.post(`/api/operations/${operation.id}/results`).send(bare).expect(201);
    expect(res.body).toMatchObject({ unitName: null, databaseChecks: [], seizures: [] });
  });

  it('PATCH merges: the figures given change, the rest stays', async () => {
    const created = await createResult(
      (await createOperation({ countries: ['NLD'] })).id,
      newResult('NLD', { unitName: 'Rotterdam PCU', unitType: 'port_control_unit' }),
    );
    const path = `/api/operations/${created.operationId}/results/${created.id}`;
    const res = await analyst
      .patch(path)
      .send({ arrests: 5, seizures: [{ commodity: 'precursors', cases: 2, quantity: 40, unit: 'l' }] })
      .expect(200);
    expect(res.body).toEqual({
      ...created,
      arrests: 5,
      seizures: [{ commodity: 'precursors', cases: 2, quantity: 40, unit: 'l' }],
      updatedAt: expect.any(String),
    });
    expect(res.body.updatedAt).not.toBe(created.updatedAt);
    expect((await analyst.get(path).expect(200)).body).toEqual(res.body);

    const cleared = await analyst.patch(path).send({ unitName: null, seizures: [], databaseChecks: [] }).expect(200);
    expect(cleared.body).toMatchObject({
      unitName: null,
      unitType: 'port_control_unit',
      arrests: 5,
      databaseChecks: [],
      seizures: [],
    });
  });

  it('PATCH with bad figures → 400 naming the field, nothing changed', async () => {
    const op = await createOperation({ countries: ['LUX'] });
    const created = await createResult(op.id, newResult('LUX'));
    const before = await readBack(op.id);
    const res = await analyst
      .patch(`/api/operations/${op.id}/results/${created.id}`)
      .send({ databaseChecks: [{ database: 'nominal', queries: 1, hits: 2 }] })
      .expect(400);
    expect(fieldsOf(res.body)).toEqual(['databaseChecks.0.hits']);
    const country = await analyst
      .patch(`/api/operations/${op.id}/results/${created.id}`)
      .send({ country: 'FRA' })
      .expect(400);
    expect(fieldsOf(country.body)).toEqual(['country']);
    expect(await readBack(op.id)).toEqual(before);
  });

  it('DELETE removes the result: 204, no longer reported, and the participant may then leave', async () => {
    const op = await createOperation({ countries: ['AUT', 'CHE'] });
    const created = await createResult(op.id, newResult('AUT'));
    await analyst.delete(`/api/operations/${op.id}/results/${created.id}`).expect(204);
    await analyst.get(`/api/operations/${op.id}/results/${created.id}`).expect(404);
    await analyst.delete(`/api/operations/${op.id}/results/${created.id}`).expect(404);
    expect((await analyst.get(`/api/operations/${op.id}`).expect(200)).body.reportedCountries).toEqual([]);
    const res = await analyst
      .patch(`/api/operations/${op.id}`)
      .send({ countries: ['CHE'] })
      .expect(200);
    expect(res.body.countries).toEqual(['CHE']);
  });

  it('a result id of another operation is a 404 under this one', async () => {
    const a = await createOperation({ countries: ['DNK'] });
    const b = await createOperation({ countries: ['DNK'] });
    const inA = await createResult(a.id, newResult('DNK'));
    const before = await readBack(a.id);
    await analyst.get(`/api/operations/${b.id}/results/${inA.id}`).expect(404);
    await analyst.patch(`/api/operations/${b.id}/results/${inA.id}`).send({ arrests: 1 }).expect(404);
    await analyst.delete(`/api/operations/${b.id}/results/${inA.id}`).expect(404);
    expect(await readBack(a.id)).toEqual(before);
  });
});

describe('unknown and malformed ids', () => {
  let operation: Operation;
  let result: Result;
  let before: Awaited<ReturnType<typeof readBack>>;

  beforeAll(async () => {
    operation = await createOperation({ countries: ['POL'] });
    result = await createResult(operation.id, newResult('POL'));
    before = await readBack(operation.id);
  });

  const routes: [string, (c: Client, operationId: string, resultId: string) => request.Test][] = [
    ['GET /operations/:id', (c, id) => c.get(`/api/operations/${id}`)],
    ['PATCH /operations/:id', (c, id) => c.patch(`/api/operations/${id}`).send({ name: 'x' })],
    ['DELETE /operations/:id', (c, id) => c.delete(`/api/operations/${id}`)],
    ['GET /operations/:id/results', (c, id) => c.get(`/api/operations/${id}/results`)],
    ['POST /operations/:id/results', (c, id) => c.post(`/api/operations/${id}/results`).send(newResult('POL'))],
    ['GET …/results/:resultId', (c, id, rid) => c.get(`/api/operations/${id}/results/${rid}`)],
    ['PATCH …/results/:resultId', (c, id, rid) => c.patch(`/api/operations/${id}/results/${rid}`).send({ arrests: 1 })],
    ['DELETE …/results/:resultId', (c, id, rid) => c.delete(`/api/operations/${id}/results/${rid}`)],
  ];

  it.each(routes)('%s with an unknown operation id → 404', async (_, call) => {
    await call(analyst, UNKNOWN_ID, result.id).expect(404);
  });

  it.each(routes)('%s with an id that is not a UUID → 400 naming id', async (_, call) => {
    const res = await call(analyst, 'not-a-uuid', result.id).expect(400);
    expect(fieldsOf(res.body)).toEqual(['id']);
  });

  it.each(routes.slice(5))('%s with an unknown result id → 404', async (_, call) => {
    await call(analyst, operation.id, UNKNOWN_ID).expect(404);
  });

  it.each(routes.slice(5))('%s with a result id that is not a UUID → 400', async (_, call) => {
    const res = await call(analyst, operation.id, '12345').expect(400);
    expect(fieldsOf(res.body)).toEqual(['id']);
  });

  it('none of these calls changed the operation or its result', async () => {
    expect(before.results.results).toEqual([result]);
    expect(await readBack(operation.id)).toEqual(before);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Who may call which route. The fixture: an operation of DEU and FRA, where DEU has reported; the routes on
// a result target FRA's. "own" national users belong to FRA, "peer" ones to DEU (the other participant),
// "outsider" ones to ITA (not a participant).

const CALLERS = {
  anonymous: 'anonymous',
  admin: { role: 'admin' },
  analyst: { role: 'analyst' },
  'coordinator own': { role: 'coordinator', country: 'FRA' },
  'coordinator peer': { role: 'coordinator', country: 'DEU' },
  'coordinator outsider': { role: 'coordinator', country: 'ITA' },
  'viewer own': { role: 'viewer', country: 'FRA' },
  'viewer peer': { role: 'viewer', country: 'DEU' },
  'viewer outsider': { role: 'viewer', country: 'ITA' },
} satisfies Record<string, Who>;
type Caller = keyof typeof CALLERS;

interface Fixture {
  operationId: string;
  /** FRA's result, when the route needs one. */
  resultId: string;
}

interface Route {
  name: string;
  write: boolean;
  /** Whether FRA has reported before the call. */
  withFraResult: boolean;
  call(c: Client, f: Fixture): request.Test;
  expected: Record<Caller, number>;
}

/** Statuses in the order of CALLERS. */
function statuses(...codes: number[]): Record<Caller, number> {
  return Object.fromEntries((Object.keys(CALLERS) as Caller[]).map((caller, i) => [caller, codes[i]])) as Record<
    Caller,
    number
  >;
}

const ROUTES: Route[] = [
  {
    name: 'GET /operations',
    write: false,
    withFraResult: false,
    call: (c) => c.get('/api/operations'),
    expected: statuses(401, 200, 200, 200, 200, 200, 200, 200, 200),
  },
  {
    name: 'POST /operations',
    write: true,
    withFraResult: false,
    call: (c) => c.post('/api/operations').send(newOperation()),
    expected: statuses(401, 201, 201, 403, 403, 403, 403, 403, 403),
  },
  {
    name: 'GET /operations/:id',
    write: false,
    withFraResult: false,
    call: (c, f) => c.get(`/api/operations/${f.operationId}`),
    expected: statuses(401, 200, 200, 200, 200, 404, 200, 200, 404),
  },
  {
    name: 'PATCH /operations/:id',
    write: true,
    withFraResult: false,
    call: (c, f) => c.patch(`/api/operations/${f.operationId}`).send({ name: 'Renamed by the caller' }),
    expected: statuses(401, 200, 200, 403, 403, 403, 403, 403, 403),
  },
  {
    name: 'DELETE /operations/:id',
    write: true,
    withFraResult: true,
    call: (c, f) => c.delete(`/api/operations/${f.operationId}`),
    expected: statuses(401, 204, 204, 403, 403, 403, 403, 403, 403),
  },
  {
    name: 'GET /operations/:id/results',
    write: false,
    withFraResult: true,
    call: (c, f) => c.get(`/api/operations/${f.operationId}/results`),
    expected: statuses(401, 200, 200, 200, 200, 404, 200, 200, 404),
  },
  {
    name: 'POST /operations/:id/results (FRA)',
    write: true,
    withFraResult: false,
    call: (c, f) => c.post(`/api/operations/${f.operationId}/results`).send(newResult('FRA')),
    expected: statuses(401, 201, 201, 201, 403, 404, 403, 403, 403),
  },
  {
    name: "GET …/results/:resultId (FRA's)",
    write: false,
    withFraResult: true,
    call: (c, f) => c.get(`/api/operations/${f.operationId}/results/${f.resultId}`),
    expected: statuses(401, 200, 200, 200, 404, 404, 200, 404, 404),
  },
  {
    name: "PATCH …/results/:resultId (FRA's)",
    write: true,
    withFraResult: true,
    call: (c, f) => c.patch(`/api/operations/${f.operationId}/results/${f.resultId}`).send({ arrests: 11 }),
    expected: statuses(401, 200, 200, 200, 404, 404, 403, 403, 403),
  },
  {
    name: "DELETE …/results/:resultId (FRA's)",
    write: true,
    withFraResult: true,
    call: (c, f) => c.delete(`/api/operations/${f.operationId}/results/${f.resultId}`),
    expected: statuses(401, 204, 204, 204, 404, 404, 403, 403, 403),
  },
];

describe('who may call which operations route', () => {
  const clients = {} as Record<Caller, Client>;

  beforeAll(async () => {
    for (const caller of Object.keys(CALLERS) as Caller[]) clients[caller] = await clientFor(CALLERS[caller]);
  });

  const cases = ROUTES.flatMap((route) =>
    (Object.keys(CALLERS) as Caller[]).map((caller) => ({
      route,
      caller,
      label: `${route.name} as ${caller}`,
      expected: route.expected[caller],
    })),
  );

  it('covers every route × caller', () => {
    expect(cases).toHaveLength(10 * 9);
  });

  it.each(cases)('$label → $expected', async ({ route, caller, expected }) => {
    const operation = await createOperation({ countries: ['FRA', 'DEU'] });
    await createResult(operation.id, newResult('DEU'));
    const resultId = route.withFraResult ? (await createResult(operation.id, newResult('FRA'))).id : '';
    const before = { total: await totalOperations(), ...(await readBack(operation.id)) };

    const res = await route.call(clients[caller], { operationId: operation.id, resultId });

    expect(res.status, JSON.stringify(res.body)).toBe(expected);
    const after = { total: await totalOperations(), ...(await readBack(operation.id)) };
    if (!route.write || expected >= 400) expect(after).toEqual(before);
    else expect(after).not.toEqual(before);
  });
});
