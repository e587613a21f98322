import type { Principal } from '../access/roles.js';
import { headlineOf } from '../analytics/headline.js';
import type { DifficultiesResponse, GapsResponse, MaturityResponse } from '../schemas/analytics.js';
import type { OperationsAnalyticsResponse } from '../schemas/operations-analytics.js';
import type { CountCellNoise, MaturityCellNoise, OperationsCellNoise } from './cells.js';
import { canSeeCountryFigures, receivesProtectedFigures } from './levels.js';
import { protectCountCell } from './protect-counts.js';
import { protectMaturityPoint } from './protect-maturity.js';
import { protectOperationsPoint } from './protect-operations.js';

/**
 * What a reader may see of each figure: the one place that decides it. Analysts and admins get the exact
 * answer; national users get it protected. `noise` is aligned with the answer's cells.
 */
export function maturityForReader(
  reader: Principal,
  exact: MaturityResponse,
  noise: readonly MaturityCellNoise[],
): MaturityResponse {
  if (!receivesProtectedFigures(reader)) return exact;
  const series = exact.series.map((p, i) => protectMaturityPoint(p, cellNoise(noise, i)));
  return { ...exact, protected: true, series, headline: headlineOf(series, exact.to) };
}

export function gapsForReader(reader: Principal, exact: GapsResponse, noise: readonly CountCellNoise[]): GapsResponse {
  if (!receivesProtectedFigures(reader)) return exact;
  const items = exact.items.map((item, i) => {
    const cell = protectCountCell({ ...item, count: item.withGap }, cellNoise(noise, i));
    return { ...item, assessed: cell.assessed, withGap: cell.count, share: cell.share, suppressed: cell.suppressed };
  });
  return { ...exact, protected: true, items };
}

export function difficultiesForReader(
  reader: Principal,
  exact: DifficultiesResponse,
  noise: readonly CountCellNoise[],
): DifficultiesResponse {
  if (!receivesProtectedFigures(reader)) return exact;
  const items = exact.items.map((item, i) => ({ ...item, ...protectCountCell(item, cellNoise(noise, i)) }));
  return { ...exact, protected: true, items };
}

export function operationsForReader(
  reader: Principal,
  exact: OperationsAnalyticsResponse,
  noise: readonly OperationsCellNoise[],
): OperationsAnalyticsResponse {
  if (!receivesProtectedFigures(reader)) return exact;
  return {
    ...exact,
    protected: true,
    series: exact.series.map((p, i) => protectOperationsPoint(p, cellNoise(noise, i))),
  };
}

/** Country-level items (map values, participation, scatter points) the reader may see. */
export function countryItemsForReader<T extends { country: string }>(
  reader: Principal,
  items: readonly T[],
  shared: ReadonlySet<string>,
): T[] {
  return items.filter((item) => canSeeCountryFigures(reader, item.country, shared));
}

/** A country-level answer (the map, participation) as the reader may see it: only the countries it may see. */
export function countryListForReader<R extends { protected: boolean; items: { country: string }[] }>(
  reader: Principal,
  exact: R,
  shared: ReadonlySet<string>,
): R {
  return {
    ...exact,
    protected: receivesProtectedFigures(reader),
    items: countryItemsForReader(reader, exact.items, shared),
  };
}

function cellNoise<N>(noise: readonly N[], i: number): N {
  const n = noise[i];
  if (n === undefined) throw new Error(`no protection data for cell ${i}`);
  return n;
}
