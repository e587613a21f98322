import {
  ALL_REGIONS,
  operationsForReader,
  type Localized,
  type OperationsAnalyticsQuery,
  type OperationsAnalyticsResponse,
  type OperationsCellNoise,
  type Principal,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { assertPublishedQuery } from '../../disclosure/published-queries.js';
import { ReferenceService } from '../../reference/reference.service.js';
import { AnalyticsCache } from '../analytics-cache.js';
import { OperationsAnalyticsRepository } from '../operations-analytics.repository.js';
import { ALL_NAME, regionRank } from '../region-order.js';
import type { Protectable, Versioned, ViewUseCase } from './view-use-case.js';

const NO_KEY = { units: 0, confidential: 0 };
const NO_NOISE: OperationsCellNoise = { countries: NO_KEY, operations: NO_KEY, magnitudes: {} };

/** Operational outcomes per region and end year: GET /api/analytics/operations. */
@Injectable()
export class OperationsByRegion implements ViewUseCase<OperationsAnalyticsQuery, OperationsAnalyticsResponse> {
  constructor(
    private readonly references: ReferenceService,
    private readonly repository: OperationsAnalyticsRepository,
    private readonly cache: AnalyticsCache,
  ) {}

  async execute(
    principal: Principal,
    query: Versioned<OperationsAnalyticsQuery>,
  ): Promise<OperationsAnalyticsResponse> {
    assertPublishedQuery(principal, query);
    return this.cache.getView(
      `operations:${JSON.stringify(query)}`,
      () => this.compute(query),
      principal,
      (value) => operationsForReader(principal, value.exact, value.noise),
    );
  }

  private async compute(
    query: Versioned<OperationsAnalyticsQuery>,
  ): Promise<Protectable<OperationsAnalyticsResponse, OperationsCellNoise>> {
    const grouping = await this.references.groupingOutline(query.grouping);
    const regionNames = new Map<string, Localized>(grouping.regions.map((r) => [r.code, r.name]));
    const rank = regionRank(grouping);
    const filter = {
      groupingId: grouping.id,
      from: query.from,
      to: query.to,
      programme: query.programme ?? null,
      activity: query.activity ?? null,
      commodity: query.commodity ?? null,
    };
    const unfiltered = filter.programme === null && filter.activity === null && filter.commodity === null;
    // National users never filter (assertPublishedQuery): only unfiltered figures are protected.
    const { rows, noise } = unfiltered
      ? await this.repository.findUnfilteredOperations(grouping.id, query.from, query.to)
      : {
          rows: await this.repository.aggregateFilteredOperations(filter),
          noise: new Map<string, OperationsCellNoise>(),
        };
    const series = rows
      .map((row) => ({
        ...row,
        regionName: row.region === ALL_REGIONS ? ALL_NAME : (regionNames.get(row.region) ?? ALL_NAME),
      }))
      .sort((a, b) => rank(a.region) - rank(b.region) || a.year - b.year);
    const { groupingId: _groupingId, ...filters } = filter;
    return {
      exact: { methodologyVersion: query.methodology, grouping: grouping.id, ...filters, protected: false, series },
      noise: series.map((p) => noise.get(`${p.region}:${p.year}`) ?? NO_NOISE),
    };
  }
}
