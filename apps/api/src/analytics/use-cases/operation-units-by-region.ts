import {
  ALL_REGIONS,
  JOINT_UNIT_TYPES,
  operationUnitsForReader,
  type Localized,
  type OperationUnitsCellNoise,
  type OperationUnitsResponse,
  type Principal,
  type YearSpanQuery,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { assertPublishedQuery } from '../../disclosure/published-queries.js';
import { ReferenceService } from '../../reference/reference.service.js';
import { AnalyticsCache } from '../analytics-cache.js';
import { OperationUnitsRepository } from '../operation-units.repository.js';
import { ALL_NAME, regionRank } from '../region-order.js';
import type { Protectable, Versioned, ViewUseCase } from './view-use-case.js';

/** Outcomes of the register's joint units per region, end year and unit type: GET /api/analytics/operations/units. */
@Injectable()
export class OperationUnitsByRegion implements ViewUseCase<YearSpanQuery, OperationUnitsResponse> {
  constructor(
    private readonly references: ReferenceService,
    private readonly repository: OperationUnitsRepository,
    private readonly cache: AnalyticsCache,
  ) {}

  async execute(principal: Principal, query: Versioned<YearSpanQuery>): Promise<OperationUnitsResponse> {
    assertPublishedQuery(principal, query);
    return this.cache.getView(
      `operation-units:${JSON.stringify(query)}`,
      () => this.compute(query),
      principal,
      (value) => operationUnitsForReader(principal, value.exact, value.noise),
    );
  }

  private async compute(
    query: Versioned<YearSpanQuery>,
  ): Promise<Protectable<OperationUnitsResponse, OperationUnitsCellNoise>> {
    const grouping = await this.references.groupingOutline(query.grouping);
    const regionNames = new Map<string, Localized>(grouping.regions.map((r) => [r.code, r.name]));
    const rank = regionRank(grouping);
    const typeRank = (t: string) => (JOINT_UNIT_TYPES as readonly string[]).indexOf(t);
    const rows = await this.repository.aggregateByRegionYearType(grouping.id, query.from, query.to);
    rows.sort(
      (a, b) =>
        rank(a.point.region) - rank(b.point.region) ||
        a.point.year - b.point.year ||
        typeRank(a.point.unitType) - typeRank(b.point.unitType),
    );
    const series = rows.map(({ point }) => ({
      ...point,
      regionName: point.region === ALL_REGIONS ? ALL_NAME : (regionNames.get(point.region) ?? ALL_NAME),
    }));
    const { from, to, methodology } = query;
    return {
      exact: { methodologyVersion: methodology, grouping: grouping.id, from, to, protected: false, series },
      noise: rows.map((r) => r.noise),
    };
  }
}
