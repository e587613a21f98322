import type { LevelsQuery, LevelsResponse, MaturityResponse } from '../schemas/analytics.js';

/**
 * The continuum levels per region and year, from a maturity answer's level counts (computed or self-assessed):
 * the same figures, and the same protection, as the maturity view the reader gets.
 */
export function levelsOfMaturity(maturity: MaturityResponse, kind: LevelsQuery['kind']): LevelsResponse {
  return {
    methodologyVersion: maturity.methodologyVersion,
    grouping: maturity.grouping,
    from: maturity.from,
    to: maturity.to,
    kind,
    protected: maturity.protected,
    series: maturity.series.map((p) => ({
      region: p.region,
      regionName: p.regionName,
      year: p.year,
      members: p.members,
      assessed: p.assessed,
      levels: kind === 'self' ? p.selfLevels : p.levels,
      notAssessed: p.assessed === null ? null : p.members - p.assessed,
      suppressed: p.suppressed,
    })),
  };
}
