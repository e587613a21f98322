import {
  ALL_REGIONS,
  instrumentsForReader,
  type InstrumentsAnalyticsResponse,
  type InstrumentsCellNoise,
  type Localized,
  type Principal,
  type YearSpanQuery,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { assertPublishedQuery } from '../../disclosure/published-queries.js';
import { ReferenceService } from '../../reference/reference.service.js';
import { AnalyticsCache } from '../analytics-cache.js';
import { InstrumentsAnalyticsRepository } from '../instruments.repository.js';
import { ALL_NAME, regionRank } from '../region-order.js';
import type { Protectable, Versioned, ViewUseCase } from './view-use-case.js';

/** The cooperation instruments per region and year: GET /api/analytics/instruments. */
@Injectable()
export class InstrumentsByRegion implements ViewUseCase<YearSpanQuery, InstrumentsAnalyticsResponse> {
  constructor(
    private readonly references: ReferenceService,
    private readonly repository: InstrumentsAnalyticsRepository,
    private readonly cache: AnalyticsCache,
  ) {}

  async execute(principal: Principal, query: Versioned<YearSpanQuery>): Promise<InstrumentsAnalyticsResponse> {
    assertPublishedQuery(principal, query);
    return this.cache.getView(
      `instruments:${JSON.stringify(query)}`,
      () => this.compute(query),
      principal,
      (value) => instrumentsForReader(principal, value.exact, value.noise),
    );
  }

  private async compute(
    query: Versioned<YearSpanQuery>,
  ): Promise<Protectable<InstrumentsAnalyticsResponse, InstrumentsCellNoise>> {
    const grouping = await this.references.groupingOutline(query.grouping);
    const regionNames = new Map<string, Localized>(grouping.regions.map((r) => [r.code, r.name]));
    const rank = regionRank(grouping);
    const rows = await this.repository.aggregateByRegionYear(grouping.id, query.from, query.to);
    rows.sort((a, b) => rank(a.point.region) - rank(b.point.region) || a.point.year - b.point.year);
    const series = rows.map(({ point }) => ({
      ...point,
      regionName: point.region === ALL_REGIONS ? ALL_NAME : (regionNames.get(point.region) ?? ALL_NAME),
    }));
    return {
      exact: {
        methodologyVersion: query.methodology,
        grouping: grouping.id,
        from: query.from,
        to: query.to,
        protected: false,
        series,
      },
      noise: rows.map((r) => r.noise),
    };
  }
}
