import { CHECK_DATABASES, hitRate, type DatabaseCheckTotal, type OperationsPoint } from '@cpc/domain';

/**
 * Queries and hits in each INTERPOL database over the rows given, and the hit rate of the sums (not the
 * mean of yearly rates, which would weigh a quiet year like a busy one). Databases never queried are left out.
 */
export function databaseHitRates(points: readonly OperationsPoint[]): DatabaseCheckTotal[] {
  return CHECK_DATABASES.flatMap((database) => {
    let queries = 0;
    let hits = 0;
    for (const point of points) {
      const check = point.databaseChecks?.find((c) => c.database === database);
      queries += check?.queries ?? 0;
      hits += check?.hits ?? 0;
    }
    return queries > 0 ? [{ database, queries, hits, hitRate: hitRate(hits, queries) }] : [];
  });
}
