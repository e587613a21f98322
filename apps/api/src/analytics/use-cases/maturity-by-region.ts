import {
  headlineOf,
  countedStatusesFor,
  maturityForReader,
  type Localized,
  type MaturityCellNoise,
  type MaturityPoint,
  type MaturityQuery,
  type MaturityResponse,
  type Principal,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { assertPublishedQuery } from '../../disclosure/published-queries.js';
import { ReferenceService } from '../../reference/reference.service.js';
import { AnalyticsCache } from '../analytics-cache.js';
import { MaturityRepository } from '../maturity.repository.js';
import { ALL_NAME, regionRank } from '../region-order.js';
import type { Protectable, Versioned, ViewUseCase } from './view-use-case.js';

/** The overall index (or one dimension) per region and year: GET /api/analytics/maturity. */
@Injectable()
export class MaturityByRegion implements ViewUseCase<MaturityQuery, MaturityResponse> {
  constructor(
    private readonly references: ReferenceService,
    private readonly maturity: MaturityRepository,
    private readonly cache: AnalyticsCache,
  ) {}

  async execute(principal: Principal, query: Versioned<MaturityQuery>): Promise<MaturityResponse> {
    assertPublishedQuery(principal, query);
    return this.cache.getView(
      `maturity:${JSON.stringify(query)}`,
      () => this.compute(query),
      principal,
      (value) => maturityForReader(principal, value.exact, value.noise),
    );
  }

  private async compute(query: Versioned<MaturityQuery>): Promise<Protectable<MaturityResponse, MaturityCellNoise>> {
    const grouping = await this.references.groupingOutline(query.grouping);
    const regionNames = new Map<string, Localized>(grouping.regions.map((r) => [r.code, r.name]));
    const rank = regionRank(grouping);
    const rows = await this.maturity.aggregateMaturityByRegionYear({
      groupingId: grouping.id,
      from: query.from,
      to: query.to,
      dimension: query.dimension,
      statuses: countedStatusesFor(query.status),
      methodology: query.methodology,
    });
    rows.sort((a, b) => rank(a.point.region) - rank(b.point.region) || a.point.year - b.point.year);
    const series: MaturityPoint[] = rows.map(({ point }) => ({
      ...point,
      regionName: regionNames.get(point.region) ?? ALL_NAME,
    }));
    return {
      exact: {
        grouping: grouping.id,
        from: query.from,
        to: query.to,
        dimension: query.dimension ?? null,
        status: query.status === 'validated' ? 'validated' : 'counted',
        methodologyVersion: query.methodology,
        protected: false,
        series,
        headline: headlineOf(series, query.to),
      },
      noise: rows.map((r) => r.noise),
    };
  }
}
