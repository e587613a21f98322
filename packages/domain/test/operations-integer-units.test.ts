import { describe, expect, it } from 'vitest';
import { CreateResultRequestSchema, INTEGER_UNITS, SEIZURE_UNITS, breaksIntegerUnit } from '../src/index.js';
import { DAKAR, HARMATTAN, parse, table } from './operations-import.fixture.js';

/**
 * Quantities in pieces and heads count things: 2.5 weapons is a typing error, refused by the result schema
 * (the API's form route) and by the import, naming the field or the row and column. Kilograms and litres
 * keep their decimals.
 */

const result = (quantity: number, unit: string) => ({
  country: 'SEN',
  unitType: 'customs',
  arrests: 0,
  investigationsOpened: 0,
  controlledDeliveries: 0,
  personsChecked: 0,
  seizures: [{ commodity: 'weapons', cases: 1, quantity, unit }],
});

describe('integer units', () => {
  it('are pieces and heads, units of the vocabulary', () => {
    expect([...INTEGER_UNITS]).toEqual(['pieces', 'heads']);
    for (const unit of INTEGER_UNITS) expect(SEIZURE_UNITS).toContain(unit);
    expect(breaksIntegerUnit('pieces', 2.5)).toBe(true);
    expect(breaksIntegerUnit('heads', 3)).toBe(false);
    expect(breaksIntegerUnit('kg', 2.5)).toBe(false);
  });

  it('the result schema refuses 2.5 pieces with integer_required on seizures.0.quantity', () => {
    const refused = CreateResultRequestSchema.safeParse(result(2.5, 'pieces'));
    expect(refused.success).toBe(false);
    const issues = refused.error?.issues ?? [];
    expect(issues.map((i) => i.path)).toEqual([['seizures', 0, 'quantity']]);
    expect(issues[0]?.message).toBe('quantity in pieces must be a whole number');
    expect(issues[0]).toMatchObject({ params: { code: 'integer_required', params: { unit: 'pieces' } } });
    expect(CreateResultRequestSchema.safeParse(result(0.5, 'heads')).success).toBe(false);
  });

  it('the result schema accepts 3 pieces, 3 heads and 2.5 kg', () => {
    expect(CreateResultRequestSchema.safeParse(result(3, 'pieces')).success).toBe(true);
    expect(CreateResultRequestSchema.safeParse(result(3, 'heads')).success).toBe(true);
    expect(CreateResultRequestSchema.safeParse(result(2.5, 'kg')).success).toBe(true);
  });

  it('the import refuses 2.5 pieces on its row and column, and 2.0004 heads too (it is not rounded first)', () => {
    const t = table(
      { ...HARMATTAN, ...DAKAR, commodity: 'weapons', cases: '1', quantity: '2.5', unit: 'pieces' },
      { ...HARMATTAN, ...DAKAR, commodity: 'other', cases: '1', quantity: '2.0004', unit: 'heads' },
      { ...HARMATTAN, ...DAKAR, commodity: 'cocaine', cases: '1', quantity: '2.5', unit: 'kg' },
    );
    const { errors } = parse(t);
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'quantity', 'integer_required'],
      [3, 'quantity', 'integer_required'],
    ]);
    expect(errors[0]?.message).toBe('quantity: "2.5" pieces: a quantity in pieces must be a whole number');
  });

  it('the import accepts 3 pieces, 3.000 heads and 2.5 kg', () => {
    const t = table(
      { ...HARMATTAN, ...DAKAR, commodity: 'weapons', cases: '1', quantity: '3', unit: 'pieces' },
      { ...HARMATTAN, ...DAKAR, commodity: 'other', cases: '1', quantity: '3.000', unit: 'heads' },
      { ...HARMATTAN, ...DAKAR, commodity: 'cocaine', cases: '1', quantity: '2.5', unit: 'kg' },
    );
    const parsed = parse(t);
    expect(parsed.errors).toEqual([]);
    expect(parsed.results[0]?.seizures.map((s) => [s.unit, s.quantity])).toEqual([
      ['pieces', 3],
      ['heads', 3],
      ['kg', 2.5],
    ]);
  });
});
