import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvOf } from './assessment-fixtures.js';
import { NO_CHECKS, OPERATION_IMPORT_COLUMNS, type Row } from './operation-fixtures.js';
import { analyst, createOperation, fieldsOf, newResult, setUp, t } from './operations.fixture.js';

/**
 * Quantities in pieces and heads are whole numbers (issue #18: "2,983,229.363 weapons"). The result form's
 * route refuses 2.5 pieces with integer_required on the quantity's field; the import refuses the file, naming
 * the row and the column, and writes nothing. 2.5 kg stays a valid quantity.
 */

beforeAll(setUp);
afterAll(() => t.close());

const seizure = (quantity: number, unit: 'pieces' | 'heads' | 'kg') => ({
  commodity: unit === 'kg' ? ('cocaine' as const) : ('weapons' as const),
  cases: 3,
  quantity,
  unit,
});

describe('the result form', () => {
  it('refuses 2.5 pieces: 400 naming seizures.0.quantity, with integer_required and the unit', async () => {
    const operation = await createOperation({ countries: ['FRA'] });
    const res = await analyst
      .post(`/api/operations/${operation.id}/results`)
      .send(newResult('FRA', { seizures: [seizure(2.5, 'pieces')] }))
      .expect(400);
    expect(fieldsOf(res.body)).toEqual(['seizures.0.quantity']);
    expect(res.body.errors[0]).toMatchObject({ code: 'integer_required', params: { unit: 'pieces' } });
    const results = await analyst.get(`/api/operations/${operation.id}/results`).expect(200);
    expect(results.body.results).toEqual([]);
  });

  it('accepts 3 cases of 2.5 kg and 40 heads', async () => {
    const operation = await createOperation({ countries: ['FRA'] });
    const body = newResult('FRA', {
      seizures: [seizure(2.5, 'kg'), { ...seizure(40, 'heads'), commodity: 'wildlife' }],
    });
    const res = await analyst.post(`/api/operations/${operation.id}/results`).send(body).expect(201);
    expect(res.body.seizures).toEqual([
      { commodity: 'cocaine', cases: 3, quantity: 2.5, unit: 'kg' },
      { commodity: 'wildlife', cases: 3, quantity: 40, unit: 'heads' },
    ]);
  });
});

describe('the import', () => {
  const row = (commodity: string, quantity: string, unit: string): Row => ({
    operation_code: 'INT-UNITS',
    operation_name: 'Whole numbers',
    programme: 'wco',
    lead: 'wco',
    activities: 'interception',
    start_date: '2024-05-01',
    end_date: '2024-05-31',
    country: 'FRA',
    unit_type: 'customs',
    unit_name: '',
    arrests: '1',
    investigations_opened: '0',
    controlled_deliveries: '0',
    persons_checked: '10',
    ...NO_CHECKS,
    commodity,
    cases: '3',
    quantity,
    unit,
  });
  const upload = (rows: Row[]) =>
    analyst.post('/api/operations/import').attach('file', csvOf(OPERATION_IMPORT_COLUMNS, rows), 'units.csv');

  it('refuses a file with 2.5 pieces, naming the row and the column, and writes nothing', async () => {
    const res = await upload([row('cocaine', '2.5', 'kg'), row('weapons', '2.5', 'pieces')]).expect(422);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0]).toMatchObject({ row: 3, column: 'quantity', code: 'integer_required' });
    expect(res.body.errors[0].message).toContain('pieces');
    expect((await analyst.get('/api/operations?q=INT-UNITS').expect(200)).body.operations).toEqual([]);
  });

  it('takes 3 cases of 2.5 kg and 2 pieces', async () => {
    const res = await upload([row('cocaine', '2.5', 'kg'), row('weapons', '2', 'pieces')]).expect(200);
    expect(res.body).toMatchObject({ rows: 2, seizures: 2, results: { created: 1 } });
  });
});
