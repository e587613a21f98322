/**
 * A cross-field rule of a request schema reaches the 400 with its own code, naming the field and the values a
 * client needs to say it in its reader's language (issue #14), and not as the generic `invalid`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, type Client } from './assessment-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let analyst: Client;

beforeAll(async () => {
  t = await startTestApp();
  analyst = await clientFor(t, { role: 'analyst' });
});
afterAll(() => t.close());

describe('a cross-field violation → 400 with its code and params', () => {
  it('an analytics span whose from is after its to: end_before_start on from', async () => {
    const res = await analyst.get('/api/analytics/maturity?from=2024&to=2020').expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'invalid_fields' });
    expect(res.body.errors).toEqual([
      {
        field: 'from',
        message: 'from must not be after to',
        code: 'end_before_start',
        params: { start: 2024, end: 2020, startField: 'from', endField: 'to' },
      },
    ]);
  });

  it('an operation ending before it starts: end_before_start on endDate', async () => {
    const operation = {
      code: 'XF-1',
      name: 'Backwards',
      programme: 'aircop',
      lead: 'wco',
      activities: ['interception'],
      startDate: '2024-03-15',
      endDate: '2024-03-01',
      countries: ['SEN'],
    };
    const res = await analyst.post('/api/operations').send(operation).expect(400);
    expect(res.body.errors).toEqual([
      {
        field: 'endDate',
        message: 'endDate must not be before startDate',
        code: 'end_before_start',
        params: { start: '2024-03-15', end: '2024-03-01', startField: 'startDate', endField: 'endDate' },
      },
    ]);
  });

  it('a register record listing an agency twice: listed_twice naming the value', async () => {
    const training = {
      country: 'SEN',
      kind: 'training',
      title: 'Cours conjoint',
      from: '2023-05-15',
      to: null,
      topic: 'Profiling',
      agencies: ['customs', 'customs'],
      participants: { customs: 12, police: 9, other: 0 },
      supportedBy: [],
    };
    const res = await analyst.post('/api/instruments').send(training).expect(400);
    expect(res.body.errors).toEqual([
      {
        field: 'agencies',
        message: 'agencies lists a value twice',
        code: 'listed_twice',
        params: { value: 'customs' },
      },
    ]);
  });
});
