import { isWithheldCell } from '../analytics/small-cells.js';
import { hitRate } from '../operations/outcomes.js';
import type { DatabaseCheckTotal, OperationsPoint, Quantity } from '../schemas/operations-analytics.js';
import type { MagnitudeNoise, OperationsCellNoise } from './cells.js';
import { protectCount, protectMagnitude } from './perturbation.js';
import { protectedContributors } from './protect-maturity.js';
import { roundScore } from '../methodology/scoring.js';

const NO_NOISE: MagnitudeNoise = { largestConfidential: 0, keyUnits: 0 };

function withheldOperationsPoint(point: OperationsPoint): OperationsPoint {
  return {
    ...point,
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
}

/**
 * A region-year of operational outcomes as a national user sees it: withheld below 3 reporting countries;
 * otherwise counts perturbed by at most 2 and every magnitude by noise that hides the largest confidential
 * contribution (within ±10% in cells of 10 or more countries). Totals and hit rates follow from the
 * protected parts.
 */
export function protectOperationsPoint(point: OperationsPoint, noise: OperationsCellNoise): OperationsPoint {
  if (point.countries === null || isWithheldCell(point.countries)) return withheldOperationsPoint(point);
  const contributors = point.countries;
  const magnitude = (key: string, sum: number | null, decimals = 0) =>
    protectMagnitude({ sum: sum ?? 0, contributors, ...(noise.magnitudes[key] ?? NO_NOISE) }, decimals);
  const databaseChecks: DatabaseCheckTotal[] | null =
    point.databaseChecks?.map((c) => {
      const queries = magnitude(`${c.database}_queries`, c.queries);
      const hits = Math.min(queries, magnitude(`${c.database}_hits`, c.hits));
      return { database: c.database, queries, hits, hitRate: rate(hits, queries) };
    }) ?? null;
  const queries = databaseChecks?.reduce((s, c) => s + c.queries, 0) ?? null;
  const hits = databaseChecks?.reduce((s, c) => s + c.hits, 0) ?? null;
  const quantities: Quantity[] | null =
    point.quantities?.map((q) => ({
      ...q,
      quantity: magnitude(`quantity:${q.commodity}:${q.unit}`, q.quantity, 3),
      cases: magnitude(`cases:${q.commodity}:${q.unit}`, q.cases),
    })) ?? null;
  return {
    ...point,
    countries: protectedContributors(point.countries, noise.countries, Number.POSITIVE_INFINITY),
    operations: Math.max(1, protectCount(point.operations ?? 0, contributors, noise.operations)),
    arrests: magnitude('arrests', point.arrests),
    investigationsOpened: magnitude('investigations_opened', point.investigationsOpened),
    controlledDeliveries: magnitude('controlled_deliveries', point.controlledDeliveries),
    personsChecked: magnitude('persons_checked', point.personsChecked),
    seizureCases: magnitude('seizure_cases', point.seizureCases),
    quantities,
    queries,
    hits,
    hitRate: queries === null || hits === null ? null : rate(hits, queries),
    databaseChecks,
  };
}

function rate(hits: number, queries: number): number | null {
  const r = hitRate(hits, queries);
  return r === null ? null : roundScore(r);
}
