import { describe, expect, it } from 'vitest';
import { applySmallCellRuleToOperations, type OperationsPoint } from '../src/index.js';

/** A region-year whose figures are all set, reported by `countries` countries. */
function point(region: string, year: number, countries: number): OperationsPoint {
  return {
    region,
    regionName: { en: `Region ${region}`, fr: `Région ${region}` },
    year,
    countries,
    operations: 2,
    arrests: 9,
    investigationsOpened: 4,
    controlledDeliveries: 1,
    personsChecked: 1500,
    seizureCases: 6,
    quantities: [{ commodity: 'cocaine', unit: 'kg', quantity: 12.5, cases: 3 }],
    queries: 40,
    hits: 6,
    hitRate: 0.15,
    databaseChecks: [{ database: 'sltd', queries: 40, hits: 6, hitRate: 0.15 }],
    suppressed: false,
  };
}

/** What a withheld region-year looks like: its name, year and country count, and no figure. */
function withheldPoint(region: string, year: number, countries: number): OperationsPoint {
  return {
    region,
    regionName: { en: `Region ${region}`, fr: `Région ${region}` },
    year,
    countries,
    operations: null,
    arrests: null,
    investigationsOpened: null,
    controlledDeliveries: null,
    personsChecked: null,
    seizureCases: null,
    quantities: null,
    queries: null,
    hits: null,
    hitRate: null,
    databaseChecks: null,
    suppressed: true,
  };
}

describe('the small-cell rule on operational outcomes', () => {
  it('withholds a region with 2 reporting countries, and ALL when that is all that is hidden', () => {
    const result = applySmallCellRuleToOperations([
      point('AFR', 2024, 2),
      point('EUR', 2024, 5),
      point('ALL', 2024, 7),
    ]);
    expect(result).toEqual([withheldPoint('AFR', 2024, 2), point('EUR', 2024, 5), withheldPoint('ALL', 2024, 7)]);
  });

  it('withholds a region with 1 reporting country', () => {
    const result = applySmallCellRuleToOperations([point('AFR', 2024, 1), point('EUR', 2024, 4)]);
    expect(result).toEqual([withheldPoint('AFR', 2024, 1), point('EUR', 2024, 4)]);
  });

  it('keeps regions with 0 and with 3 or more reporting countries', () => {
    const points = [point('AFR', 2024, 0), point('EUR', 2024, 3), point('AMS', 2024, 12), point('ALL', 2024, 15)];
    expect(applySmallCellRuleToOperations(points)).toEqual(points);
  });

  it('keeps ALL when the withheld regions hold 3 countries between them', () => {
    // AFR 1 + EUR 2 = 3 hidden: ALL minus AMS cannot give either one away.
    const result = applySmallCellRuleToOperations([
      point('AFR', 2024, 1),
      point('EUR', 2024, 2),
      point('AMS', 2024, 6),
      point('ALL', 2024, 9),
    ]);
    expect(result).toEqual([
      withheldPoint('AFR', 2024, 1),
      withheldPoint('EUR', 2024, 2),
      point('AMS', 2024, 6),
      point('ALL', 2024, 9),
    ]);
  });

  it('withholds ALL itself when only 2 countries reported in the whole grouping', () => {
    const result = applySmallCellRuleToOperations([point('AFR', 2024, 2), point('ALL', 2024, 2)]);
    expect(result).toEqual([withheldPoint('AFR', 2024, 2), withheldPoint('ALL', 2024, 2)]);
  });

  it('decides year by year', () => {
    // 2023 hides AFR's 2 countries, 2024 hides AFR's 1: each year's ALL is withheld, although the two
    // years' hidden regions would pool 2 + 1 = 3 if they were counted together.
    const result = applySmallCellRuleToOperations([
      point('AFR', 2023, 2),
      point('EUR', 2023, 5),
      point('ALL', 2023, 7),
      point('AFR', 2024, 1),
      point('EUR', 2024, 6),
      point('ALL', 2024, 7),
    ]);
    expect(result.map((p) => [p.region, p.year, p.suppressed])).toEqual([
      ['AFR', 2023, true],
      ['EUR', 2023, false],
      ['ALL', 2023, true],
      ['AFR', 2024, true],
      ['EUR', 2024, false],
      ['ALL', 2024, true],
    ]);
  });

  it('keeps ALL when no region is withheld', () => {
    const points = [point('AFR', 2024, 4), point('ALL', 2024, 4)];
    expect(applySmallCellRuleToOperations(points)).toEqual(points);
  });
});
