import {
  ALL_REGIONS,
  gapClosureForReader,
  GAP_CLOSURE_CAVEAT,
  INSTRUMENT_ITEMS,
  isScored,
  type GapClosureCellNoise,
  type GapClosureResponse,
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

/** Gaps closed at the next assessment, with and without a done action: GET /api/analytics/gap-closure. */
@Injectable()
export class GapClosureByRegion implements ViewUseCase<YearSpanQuery, GapClosureResponse> {
  constructor(
    private readonly references: ReferenceService,
    private readonly repository: ActionPlansAnalyticsRepository,
    private readonly cache: AnalyticsCache,
  ) {}

  async execute(principal: Principal, query: Versioned<YearSpanQuery>): Promise<GapClosureResponse> {
    assertPublishedQuery(principal, query);
    return this.cache.getView(
      `gap-closure:${JSON.stringify(query)}`,
      () => this.compute(query),
      principal,
      (value) => gapClosureForReader(principal, value.exact, value.noise),
    );
  }

  private async compute(
    query: Versioned<YearSpanQuery>,
  ): Promise<Protectable<GapClosureResponse, GapClosureCellNoise>> {
    const grouping = await this.references.groupingOutline(query.grouping);
    const regionNames = new Map<string, Localized>(grouping.regions.map((r) => [r.code, r.name]));
    const rank = regionRank(grouping);
    const codes = INSTRUMENT_ITEMS.filter(isScored).map((i) => i.code);
    const rows = await this.repository.gapClosureByRegionItem(grouping.id, query, query.methodology, codes);
    // Stable: the statement gives each region's items in the instrument's order.
    rows.sort((a, b) => rank(a.item.region) - rank(b.item.region));
    const items = rows.map(({ item }) => ({
      ...item,
      regionName: item.region === ALL_REGIONS ? ALL_NAME : (regionNames.get(item.region) ?? ALL_NAME),
    }));
    return {
      exact: {
        methodologyVersion: query.methodology,
        grouping: grouping.id,
        from: query.from,
        to: query.to,
        protected: false,
        caveat: GAP_CLOSURE_CAVEAT,
        items,
      },
      noise: rows.map((r) => r.noise),
    };
  }
}
