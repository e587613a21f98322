import {
  countedStatusesFor,
  countsAsOfYear,
  gapsForReader,
  INSTRUMENT_ITEMS,
  isScored,
  type CountCellNoise,
  type GapsResponse,
  type Principal,
  type YearQuery,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { assertPublishedQuery } from '../../disclosure/published-queries.js';
import { ReferenceService } from '../../reference/reference.service.js';
import { AnalyticsCache } from '../analytics-cache.js';
import { GapsRepository } from '../gaps.repository.js';
import { regionRank } from '../region-order.js';
import { countsHeader } from './counts-header.js';
import type { Protectable, Versioned, ViewUseCase } from './view-use-case.js';

/** Per region and scored item, the assessments with a gap: GET /api/analytics/gaps. */
@Injectable()
export class GapsByRegion implements ViewUseCase<YearQuery, GapsResponse> {
  constructor(
    private readonly references: ReferenceService,
    private readonly gaps: GapsRepository,
    private readonly cache: AnalyticsCache,
  ) {}

  async execute(principal: Principal, query: Versioned<YearQuery>): Promise<GapsResponse> {
    assertPublishedQuery(principal, query);
    // National users read counts by reporting cycle (docs/disclosure.md).
    const asOf = { ...query, year: countsAsOfYear(principal, query.year) };
    return this.cache.getView(
      `gaps:${JSON.stringify(asOf)}`,
      () => this.compute(asOf),
      principal,
      (value) => gapsForReader(principal, value.exact, value.noise),
    );
  }

  private async compute(query: Versioned<YearQuery>): Promise<Protectable<GapsResponse, CountCellNoise>> {
    const grouping = await this.references.groupingOutline(query.grouping);
    const codes = INSTRUMENT_ITEMS.filter(isScored).map((i) => i.code);
    const rank = regionRank(grouping);
    const rows = await this.gaps.countGapsByRegionItem(
      grouping.id,
      query.year,
      countedStatusesFor(query.status),
      codes,
      query.methodology,
    );
    rows.sort((a, b) => rank(a.item.region) - rank(b.item.region));
    return {
      exact: { ...countsHeader(grouping.id, query.year, query.methodology), items: rows.map((r) => r.item) },
      noise: rows.map((r) => r.noise),
    };
  }
}
