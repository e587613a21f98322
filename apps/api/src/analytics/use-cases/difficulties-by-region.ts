import {
  countedStatusesFor,
  countsAsOfYear,
  difficultiesForReader,
  findItem,
  type CountCellNoise,
  type DifficultiesResponse,
  type Principal,
  type YearQuery,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { assertPublishedQuery } from '../../disclosure/published-queries.js';
import { ReferenceService } from '../../reference/reference.service.js';
import { AnalyticsCache } from '../analytics-cache.js';
import { DifficultiesRepository } from '../difficulties.repository.js';
import { regionRank } from '../region-order.js';
import { countsHeader } from './counts-header.js';
import type { Protectable, Versioned, ViewUseCase } from './view-use-case.js';

/** How often each difficulty of A.17 is reported per region: GET /api/analytics/difficulties. */
@Injectable()
export class DifficultiesByRegion implements ViewUseCase<YearQuery, DifficultiesResponse> {
  constructor(
    private readonly references: ReferenceService,
    private readonly difficulties: DifficultiesRepository,
    private readonly cache: AnalyticsCache,
  ) {}

  async execute(principal: Principal, query: Versioned<YearQuery>): Promise<DifficultiesResponse> {
    assertPublishedQuery(principal, query);
    // National users read counts by reporting cycle (docs/disclosure.md).
    const asOf = { ...query, year: countsAsOfYear(principal, query.year) };
    return this.cache.getView(
      `difficulties:${JSON.stringify(asOf)}`,
      () => this.compute(asOf),
      principal,
      (value) => difficultiesForReader(principal, value.exact, value.noise),
    );
  }

  private async compute(query: Versioned<YearQuery>): Promise<Protectable<DifficultiesResponse, CountCellNoise>> {
    const grouping = await this.references.groupingOutline(query.grouping);
    const options = findItem('A.17')?.options.map((o) => o.code) ?? [];
    const rank = regionRank(grouping);
    const rows = await this.difficulties.countDifficultiesByRegion(
      grouping.id,
      query.year,
      countedStatusesFor(query.status),
      options,
    );
    rows.sort((a, b) => rank(a.item.region) - rank(b.item.region));
    return {
      exact: { ...countsHeader(grouping.id, query.year, query.methodology), items: rows.map((r) => r.item) },
      noise: rows.map((r) => r.noise),
    };
  }
}
