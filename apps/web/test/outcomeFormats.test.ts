import { describe, expect, it } from 'vitest';
import type { MaturityPoint, OperationsPoint, OperationUnitsPoint } from '@cpc/domain';
import { sortByName } from '../src/i18n/sortByName';
import { barLayout, wrapLabel } from '../src/outcomes/barLayout';
import { regionReference } from '../src/outcomes/regionReference';
import { sortUnitRows, unitTypeTotals, type UnitRow } from '../src/outcomes/unitOutcomes';
import {
  compactFormatter,
  quantityFormatter,
  rateDigits,
  rateFormatter,
  roundTicks,
} from '../src/outcomes/valueFormat';

describe('value labels of the operations charts', () => {
  it('writes a large quantity in compact notation, in each language’s words', () => {
    expect(compactFormatter('en')(3_354_355.9)).toBe('3.35m');
    expect(compactFormatter('fr')(3_354_355.9)).toBe('3,35\u00a0M');
    expect(compactFormatter('es')(3_354_355.9)).toBe('3,35\u00a0M');
    expect(compactFormatter('en')(23_412)).toBe('23.4k');
    expect(compactFormatter('en')(219)).toBe('219');
  });

  it('writes pieces and heads as whole numbers, kilograms with their decimals', () => {
    expect(quantityFormatter('en', 'pieces')(2_983_229.363)).toBe('2,983,229');
    expect(quantityFormatter('en', 'heads')(12)).toBe('12');
    expect(quantityFormatter('fr', 'pieces')(2_983_229)).toBe('2\u202f983\u202f229');
    expect(quantityFormatter('en', 'kg')(2_983_229.363)).toBe('2,983,229.363');
  });
});

describe('hit rates that can be told apart', () => {
  it('keeps one decimal when it is enough', () => {
    expect(rateDigits([0.02, 0.055, 0.5])).toBe(1);
    expect(rateFormatter('en', 1)(0.055)).toBe('5.5%');
  });

  it('adds digits until different rates print differently: 0.31% and 0.34%, not 0.3% twice', () => {
    expect(rateDigits([0.0031, 0.0034])).toBe(2);
    expect(rateFormatter('en', 2)(0.0031)).toBe('0.31%');
    expect(rateFormatter('fr', 2)(0.0034)).toBe('0,34\u00a0%');
    expect(rateDigits([0.00337, 0.0033, 0.00331])).toBe(3);
  });

  it('stops at three decimals, and equal rates need no more than one', () => {
    expect(rateDigits([0.003371, 0.003372])).toBe(3);
    expect(rateDigits([0.25, 0.25])).toBe(1);
  });

  it('ticks the axis at round steps whose labels all differ', () => {
    expect(roundTicks(0.0045)).toEqual([0, 0.002, 0.004, 0.006]);
    expect(roundTicks(0.0045).map(rateFormatter('en', rateDigits(roundTicks(0.0045))))).toEqual([
      '0.0%',
      '0.2%',
      '0.4%',
      '0.6%',
    ]);
    // 219 / 4 = 54.75: the first of 10, 20, 50, 100 at least as large is 100.
    expect(roundTicks(219)).toEqual([0, 100, 200, 300]);
    expect(roundTicks(0)).toEqual([0]);
  });
});

describe('names laid out without overlap', () => {
  it('wraps a long database name at its spaces', () => {
    expect(wrapLabel('Stolen and Lost Travel Documents (SLTD)')).toEqual([
      'Stolen and Lost Travel',
      'Documents (SLTD)',
    ]);
    expect(wrapLabel('Notices')).toEqual(['Notices']);
  });

  it('leaves room for the longest line of a name, and for the longest label beside its bar', () => {
    const layout = barLayout(['Stolen and Lost Travel Documents (SLTD)', 'Notices'], ['3.35m', '12']);
    // 22 characters × 7.2 px + 10; 5 characters × 7.2 px + 14; two lines of 14 px + 10.
    expect(layout).toEqual({ axisWidth: 169, labelRoom: 50, rowHeight: 38 });
  });
});

describe('countries listed by name', () => {
  it('orders French names with their accents where a French reader looks for them', () => {
    const names: Record<string, string> = { ESP: 'Espagne', EGY: 'Égypte', DNK: 'Danemark', ZAF: 'Afrique du Sud' };
    expect(sortByName(['ESP', 'EGY', 'DNK', 'ZAF'], (iso3) => names[iso3] ?? iso3, 'fr')).toEqual([
      'ZAF',
      'DNK',
      'EGY',
      'ESP',
    ]);
  });
});

const unitPoint = (over: Partial<OperationUnitsPoint>): OperationUnitsPoint => ({
  region: 'ALL',
  regionName: { en: 'All members', fr: 'Tous les membres' },
  year: 2024,
  unitType: 'aircop_jaitf',
  countries: 3,
  units: 3,
  results: 1,
  arrests: 1,
  seizureCases: 1,
  suppressed: false,
  ...over,
});

describe('outcomes by joint-unit type over the period', () => {
  it('adds up each type’s years, leaving out (and naming) a withheld year', () => {
    const series = [
      unitPoint({ year: 2024, unitType: 'ccp_pcu', results: 4, arrests: 10, seizureCases: 7 }),
      unitPoint({ year: 2025, unitType: 'ccp_pcu', results: 6, arrests: 5, seizureCases: 2 }),
      unitPoint({ year: 2024, unitType: 'aircop_jaitf', results: 2, arrests: 3, seizureCases: 1 }),
      unitPoint({
        year: 2025,
        unitType: 'aircop_jaitf',
        results: null,
        arrests: null,
        seizureCases: null,
        suppressed: true,
      }),
      unitPoint({ region: 'EUR', year: 2024, unitType: 'land_border', results: 9, arrests: 9, seizureCases: 9 }),
    ];
    expect(unitTypeTotals(series, 'ALL')).toEqual({
      totals: [
        { unitType: 'aircop_jaitf', results: 2, arrests: 3, seizureCases: 1 },
        { unitType: 'ccp_pcu', results: 10, arrests: 15, seizureCases: 9 },
      ],
      withheldYears: [2025],
    });
  });
});

const unitRow = (unit: string, countryName: string, results: number): UnitRow => ({
  unitId: unit,
  country: 'XXX',
  region: 'EUR',
  site: unit,
  unitType: 'ccp_pcu',
  results,
  arrests: 0,
  seizureCases: 0,
  unit,
  unitTypeName: 'Port',
  countryName,
  regionName: 'Europe',
});

describe('the units table’s order', () => {
  const rows = [unitRow('Port B', 'Espagne', 2), unitRow('Port A', 'Égypte', 2), unitRow('Port C', 'Danemark', 5)];

  it('puts the most results first, ties by unit name', () => {
    expect(sortUnitRows(rows, { key: 'results', descending: true }, 'fr-FR').map((r) => r.unit)).toEqual([
      'Port C',
      'Port A',
      'Port B',
    ]);
  });

  it('sorts countries by their French names, accents aside', () => {
    expect(sortUnitRows(rows, { key: 'country', descending: false }, 'fr-FR').map((r) => r.countryName)).toEqual([
      'Danemark',
      'Égypte',
      'Espagne',
    ]);
  });
});

describe('the region beside a national user’s own point', () => {
  const maturity = { region: 'EUR', year: 2025, mean: 70.53, suppressed: false } as MaturityPoint;
  const outcomes = {
    region: 'EUR',
    year: 2025,
    countries: 26,
    seizureCases: 445,
    hitRate: 0.004,
    suppressed: false,
  } as OperationsPoint;

  it('is the mean index and the outcome per reporting country (445 cases over 26 countries)', () => {
    expect(regionReference('seizureCases', maturity, outcomes)?.overall).toBe(70.53);
    expect(regionReference('seizureCases', maturity, outcomes)?.value).toBeCloseTo(17.115, 3);
  });

  it('is the region’s own hit rate for the hit rate', () => {
    expect(regionReference('hitRate', maturity, outcomes)).toEqual({ overall: 70.53, value: 0.004 });
  });

  it('is not drawn when either figure is withheld', () => {
    expect(regionReference('seizureCases', { ...maturity, suppressed: true, mean: null }, outcomes)).toBeNull();
    expect(regionReference('seizureCases', maturity, { ...outcomes, suppressed: true })).toBeNull();
  });
});
