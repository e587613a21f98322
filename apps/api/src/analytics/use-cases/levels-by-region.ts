import { levelsOfMaturity, type LevelsQuery, type LevelsResponse, type Principal } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { MaturityByRegion } from './maturity-by-region.js';
import type { Versioned, ViewUseCase } from './view-use-case.js';

/**
 * The continuum levels per region and year: GET /api/analytics/levels. They are the maturity view's level
 * counts, so the same query, cache entry and protection serve both.
 */
@Injectable()
export class LevelsByRegion implements ViewUseCase<LevelsQuery, LevelsResponse> {
  constructor(private readonly maturity: MaturityByRegion) {}

  async execute(principal: Principal, query: Versioned<LevelsQuery>): Promise<LevelsResponse> {
    const maturityQuery = {
      grouping: query.grouping,
      from: query.from,
      to: query.to,
      status: query.status,
      methodology: query.methodology,
    };
    const maturity = await this.maturity.execute(principal, maturityQuery);
    return levelsOfMaturity(maturity, query.kind);
  }
}
