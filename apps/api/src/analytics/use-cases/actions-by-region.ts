import {
  ALL_REGIONS,
  actionsForReader,
  countedStatusesFor,
  type ActionsAnalyticsResponse,
  type ActionsCellNoise,
  type Localized,
  type Principal,
  type YearSpanQuery,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { assertPublishedQuery } from '../../disclosure/published-queries.js';
import { ReferenceService } from '../../reference/reference.service.js';
import { ActionPlansAnalyticsRepository } from '../action-plans.repository.js';
import { AnalyticsCache } from '../analytics-cache.js';
import { ALL_NAME, regionRank } from '../region-order.js';
import type { Protectable, Versioned, ViewUseCase } from './view-use-case.js';

/** The national action plans per region and year: GET /api/analytics/actions (docs/action-plans.md). */
@Injectable()
export class ActionsByRegion implements ViewUseCase<YearSpanQuery, ActionsAnalyticsResponse> {
  constructor(
    private readonly references: ReferenceService,
    private readonly repository: ActionPlansAnalyticsRepository,
    private readonly cache: AnalyticsCache,
  ) {}

  async execute(principal: Principal, query: Versioned<YearSpanQuery>): Promise<ActionsAnalyticsResponse> {
    assertPublishedQuery(principal, query);
    return this.cache.getView(
      `actions:${JSON.stringify(query)}`,
      () => this.compute(query),
      principal,
      (value) => actionsForReader(principal, value.exact, value.noise),
    );
  }

  private async compute(
    query: Versioned<YearSpanQuery>,
  ): Promise<Protectable<ActionsAnalyticsResponse, ActionsCellNoise>> {
    const grouping = await this.references.groupingOutline(query.grouping);
    const regionNames = new Map<string, Localized>(grouping.regions.map((r) => [r.code, r.name]));
    const rank = regionRank(grouping);
    const rows = await this.repository.actionsByRegionYear(
      grouping.id,
      query,
      query.methodology,
      countedStatusesFor(undefined),
    );
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
