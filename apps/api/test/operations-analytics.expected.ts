import { expect } from 'vitest';
import {
  MAGNITUDE_SPREAD,
  SMALL_CELL_COUNT_HALF_WIDTH,
  type Activity,
  type Commodity,
  type OperationsPoint,
  type Programme,
  type SeizureUnit,
} from '@cpc/domain';
import {
  DATABASES,
  REGIONS,
  type FixtureOperation,
  type FixtureResult,
  type Seized,
} from './operations-analytics.fixture.js';

/*
 * A second, simple implementation of the contract over the fixture literals (operations-analytics.fixture.ts),
 * written for the operational outcomes tests: `expectedSeries` gives the exact figures, `expectProtectedSeries`
 * checks national users' figures against bounds computed from them.
 */

export interface Filter {
  from: number;
  to: number;
  programme?: Programme;
  activity?: Activity;
  commodity?: Commodity;
}

export type Figures = Omit<OperationsPoint, 'regionName'>;

export const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
export const rate = (hits: number, queries: number) => (queries === 0 ? null : round(hits / queries, 4));
export const byCommodityAndUnit = (a: { commodity: string; unit: string }, b: { commodity: string; unit: string }) =>
  `${a.commodity} ${a.unit}`.localeCompare(`${b.commodity} ${b.unit}`);

export function expectedSeries(operations: FixtureOperation[], filter: Filter, regions = REGIONS): Figures[] {
  const series: Figures[] = [];
  for (const region of [...Object.keys(regions), 'ALL']) {
    const members = region === 'ALL' ? Object.values(regions).flat() : (regions[region] ?? []);
    for (let year = filter.from; year <= filter.to; year++) {
      const picked = operations
        .filter((o) => Number(o.endDate.slice(0, 4)) === year)
        .filter((o) => !filter.programme || o.programme === filter.programme)
        .filter((o) => !filter.activity || o.activities.includes(filter.activity))
        .flatMap((o) => o.results.map((r) => ({ operation: o.code, ...r })))
        .filter((r) => members.includes(r.country))
        .filter((r) => !filter.commodity || r.seizures.some(([c]) => c === filter.commodity));
      const sum = (f: (r: FixtureResult) => number) => picked.reduce((s, r) => s + f(r), 0);
      const quantities = new Map<
        string,
        { commodity: Commodity; unit: SeizureUnit; quantity: number; cases: number }
      >();
      for (const [commodity, unit, cases, quantity] of picked.flatMap((r) => r.seizures)) {
        if (filter.commodity && commodity !== filter.commodity) continue;
        const q = quantities.get(`${commodity} ${unit}`) ?? { commodity, unit, quantity: 0, cases: 0 };
        quantities.set(`${commodity} ${unit}`, {
          ...q,
          quantity: round(q.quantity + quantity, 3),
          cases: q.cases + cases,
        });
      }
      const databaseChecks = DATABASES.map((database) => {
        const checks = picked.flatMap((r) => r.checks).filter(([d]) => d === database);
        const queries = checks.reduce((s, [, q]) => s + q, 0);
        const hits = checks.reduce((s, [, , h]) => s + h, 0);
        return { database, queries, hits, hitRate: rate(hits, queries) };
      });
      const queries = databaseChecks.reduce((s, c) => s + c.queries, 0);
      const hits = databaseChecks.reduce((s, c) => s + c.hits, 0);
      series.push({
        region,
        year,
        countries: new Set(picked.map((r) => r.country)).size,
        operations: new Set(picked.map((r) => r.operation)).size,
        arrests: sum((r) => r.arrests),
        investigationsOpened: sum((r) => r.investigationsOpened),
        controlledDeliveries: sum((r) => r.controlledDeliveries),
        personsChecked: sum((r) => r.personsChecked),
        seizureCases: [...quantities.values()].reduce((s, q) => s + q.cases, 0),
        quantities: [...quantities.values()].sort(byCommodityAndUnit),
        queries,
        hits,
        hitRate: rate(hits, queries),
        databaseChecks,
        suppressed: false,
      });
    }
  }
  return series;
}

export const WITHHELD = {
  countries: null,
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

/**
 * The protection of national users' figures as the contract words it (docs/disclosure.md), for cells of fewer
 * than 10 reporting countries, all confidential: a cell of fewer than 3 is withheld, its size with it; in the
 * others, the reporting countries and operations move by at most SMALL_CELL_COUNT_HALF_WIDTH (countries shown
 * as at least 3, operations as at least 1), and each magnitude by at most MAGNITUDE_SPREAD times the largest
 * contribution of one country in the year (the rollups' records), give or take the rounding.
 */
export function expectProtectedSeries(
  actual: Figures[],
  operations: FixtureOperation[],
  filter: Filter,
  regions: Record<string, string[]>,
): void {
  const exact = expectedSeries(operations, filter, regions);
  expect(actual.map((p) => `${p.region}:${p.year}`)).toEqual(exact.map((p) => `${p.region}:${p.year}`));
  exact.forEach((cell, i) => {
    expectProtectedCell(actual[i]!, cell, operations, regions);
  });
}

/** One cell of `expectProtectedSeries`: withheld below 3 reporting countries, each figure within its bound otherwise. */
function expectProtectedCell(
  shown: Figures,
  cell: Figures,
  operations: FixtureOperation[],
  regions: Record<string, string[]>,
): void {
  const where = `${cell.region} ${cell.year}`;
  if (cell.countries! < 3) {
    expect(shown, where).toEqual({ region: cell.region, year: cell.year, ...WITHHELD });
    return;
  }
  expect(cell.countries, 'the fixture keeps cells under 10').toBeLessThan(10);
  const members = cell.region === 'ALL' ? Object.values(regions).flat() : regions[cell.region]!;
  // Each reporting country's results in the year: one record of the rollups.
  const byCountry = members
    .map((country) =>
      operations
        .filter((o) => Number(o.endDate.slice(0, 4)) === cell.year)
        .flatMap((o) => o.results.filter((r) => r.country === country)),
    )
    .filter((results) => results.length > 0);
  const largest = (f: (r: FixtureResult) => number) =>
    Math.max(0, ...byCountry.map((results) => results.reduce((sum, r) => sum + f(r), 0)));
  const near = (value: number | null | undefined, exactValue: number, contribution: number, what: string) => {
    expect(value, `${where} ${what}`).toEqual(expect.any(Number));
    expect(value, `${where} ${what}`).toBeGreaterThanOrEqual(0);
    expect(Math.abs(value! - exactValue), `${where} ${what}`).toBeLessThanOrEqual(
      MAGNITUDE_SPREAD * contribution + 0.5,
    );
  };
  const countNear = (value: number | null, exactValue: number, least: number, what: string) => {
    expect(value, `${where} ${what}`).toEqual(expect.any(Number));
    expect(value, `${where} ${what}`).toBeGreaterThanOrEqual(Math.max(least, exactValue - SMALL_CELL_COUNT_HALF_WIDTH));
    expect(value, `${where} ${what}`).toBeLessThanOrEqual(exactValue + SMALL_CELL_COUNT_HALF_WIDTH);
  };
  expect(shown.suppressed, where).toBe(false);
  countNear(shown.countries, cell.countries!, 3, 'countries');
  countNear(shown.operations, cell.operations!, 1, 'operations');
  near(
    shown.arrests,
    cell.arrests!,
    largest((r) => r.arrests),
    'arrests',
  );
  near(
    shown.investigationsOpened,
    cell.investigationsOpened!,
    largest((r) => r.investigationsOpened),
    'inv.',
  );
  near(
    shown.controlledDeliveries,
    cell.controlledDeliveries!,
    largest((r) => r.controlledDeliveries),
    'deliv.',
  );
  near(
    shown.personsChecked,
    cell.personsChecked!,
    largest((r) => r.personsChecked),
    'persons',
  );
  const cases = (r: FixtureResult) => r.seizures.reduce((sum, [, , c]) => sum + c, 0);
  near(shown.seizureCases, cell.seizureCases!, largest(cases), 'seizure cases');
  // The same commodities and units, each quantity and count of cases within its own bound.
  expect(shown.quantities!.map((q) => `${q.commodity} ${q.unit}`)).toEqual(
    cell.quantities!.map((q) => `${q.commodity} ${q.unit}`),
  );
  cell.quantities!.forEach((q, j) => {
    const of = (r: FixtureResult, pick: (s: Seized) => number) =>
      r.seizures.filter(([c, u]) => c === q.commodity && u === q.unit).reduce((sum, s) => sum + pick(s), 0);
    const quantity = shown.quantities![j]!;
    near(
      quantity.quantity,
      q.quantity,
      largest((r) => of(r, ([, , , v]) => v)),
      `${q.commodity} ${q.unit}`,
    );
    near(
      quantity.cases,
      q.cases,
      largest((r) => of(r, ([, , c]) => c)),
      `${q.commodity} ${q.unit} cases`,
    );
  });
  // Per database, hits never above queries, both within the bound of the largest queries; totals add up.
  cell.databaseChecks!.forEach((c, j) => {
    const check = shown.databaseChecks![j]!;
    expect(check.database).toBe(c.database);
    const queries = (r: FixtureResult) => r.checks.filter(([d]) => d === c.database).reduce((sum, [, q]) => sum + q, 0);
    near(check.queries, c.queries, largest(queries), `${c.database} queries`);
    near(check.hits, c.hits, largest(queries), `${c.database} hits`);
    expect(check.hits).toBeLessThanOrEqual(check.queries);
    expect(check.hitRate).toBe(rate(check.hits, check.queries));
  });
  expect(shown.queries).toBe(shown.databaseChecks!.reduce((sum, c) => sum + c.queries, 0));
  expect(shown.hits).toBe(shown.databaseChecks!.reduce((sum, c) => sum + c.hits, 0));
  expect(shown.hitRate).toBe(rate(shown.hits!, shown.queries!));
}

export const q = (commodity: Commodity, unit: SeizureUnit, quantity: number, cases: number) => ({
  commodity,
  unit,
  quantity,
  cases,
});
export const checks = (
  sltd: [number, number],
  smv: [number, number],
  nominal: [number, number],
  notices: [number, number],
) =>
  (
    [
      ['sltd', sltd],
      ['smv', smv],
      ['nominal', nominal],
      ['notices', notices],
    ] as const
  ).map(([database, [queries, hits]]) => ({ database, queries, hits, hitRate: rate(hits, queries) }));
export const sorted = <T extends { commodity: string; unit: string }>(list: T[]) => [...list].sort(byCommodityAndUnit);
