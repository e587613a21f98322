import type { MaturityPoint, OperationsPoint, OutcomeMetric } from '@cpc/domain';

/** A region as a whole, drawn beside a national user's own point: where its members stand on average. */
export interface RegionReference {
  /** The mean overall index of the region's assessed members. */
  overall: number;
  /** The outcome per reporting country (a count), or the hit rate of all the region's checks. */
  value: number;
}

/**
 * The region's reference point of a year, from its figures as the API gives them to the reader (protected
 * ones for a national user): the mean index, and the outcome summed over the region divided by its
 * reporting countries, or its overall hit rate. Null when either figure is withheld or missing.
 */
export function regionReference(
  metric: OutcomeMetric,
  maturity: MaturityPoint | undefined,
  outcomes: OperationsPoint | undefined,
): RegionReference | null {
  if (!maturity || maturity.suppressed || maturity.mean === null) return null;
  if (!outcomes || outcomes.suppressed) return null;
  if (metric === 'hitRate') {
    return outcomes.hitRate === null ? null : { overall: maturity.mean, value: outcomes.hitRate };
  }
  const total = outcomes[metric];
  const countries = outcomes.countries;
  if (total === null || countries === null || countries === 0) return null;
  return { overall: maturity.mean, value: total / countries };
}
