import {
  ALL_REGIONS,
  applySmallCellRuleToOperations,
  canReadCountry,
  correlate,
  countedStatusesFor,
  outcomeValue,
  seesSmallCells,
  type GroupingResponse,
  type Localized,
  type MaturityVsOutcomesQuery,
  type MaturityVsOutcomesResponse,
  type OperationsAnalyticsQuery,
  type OperationsAnalyticsResponse,
  type ParticipationResponse,
  type Principal,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { toNumber } from '../common/round.js';
import { ReferenceService } from '../reference/reference.service.js';
import { AnalyticsCache } from './analytics-cache.js';
import { ALL_NAME, regionRank } from './region-order.js';
import { OperationsAnalyticsRepository } from './operations-analytics.repository.js';

/** Operational outcomes by region and year, participation by country, and outcomes against maturity. */
@Injectable()
export class OperationsAnalyticsService {
  constructor(
    private readonly references: ReferenceService,
    private readonly repository: OperationsAnalyticsRepository,
    private readonly cache: AnalyticsCache,
  ) {}

  async operationsByRegion(
    principal: Principal,
    query: OperationsAnalyticsQuery,
  ): Promise<OperationsAnalyticsResponse> {
    return this.cache.getView(
      `operations:${JSON.stringify(query)}`,
      () => this.computeOperations(query),
      principal,
      (response) =>
        seesSmallCells(principal) ? response : { ...response, series: applySmallCellRuleToOperations(response.series) },
    );
  }

  /** Country details: national users get their own country only. */
  async participationByCountry(principal: Principal, query: OperationsAnalyticsQuery): Promise<ParticipationResponse> {
    return this.cache.getView(
      `participation:${JSON.stringify(query)}`,
      () => this.computeParticipation(query),
      principal,
      (response) => ({ ...response, items: response.items.filter((i) => canReadCountry(principal, i.country)) }),
    );
  }

  private async computeParticipation(query: OperationsAnalyticsQuery): Promise<ParticipationResponse> {
    const grouping = await this.references.grouping(query.grouping);
    const items = await this.repository.countParticipationByCountry({
      groupingId: grouping.id,
      from: query.from,
      to: query.to,
      programme: query.programme ?? null,
      activity: query.activity ?? null,
    });
    return { grouping: grouping.id, from: query.from, to: query.to, items };
  }

  /** Coefficients over every point; national users see only their own country's point. */
  async maturityVsOutcomes(principal: Principal, query: MaturityVsOutcomesQuery): Promise<MaturityVsOutcomesResponse> {
    return this.cache.getView(
      `outcomes:${JSON.stringify(query)}`,
      () => this.computeOutcomes(query),
      principal,
      (response) => ({ ...response, points: response.points.filter((p) => canReadCountry(principal, p.country)) }),
    );
  }

  private async computeOutcomes(query: MaturityVsOutcomesQuery): Promise<MaturityVsOutcomesResponse> {
    const grouping = await this.references.grouping(query.grouping);
    const rows = await this.repository.findOutcomesByCountry(grouping.id, query.year, countedStatusesFor(query.status));
    const points = rows.flatMap((r) =>
      r.overall === null
        ? []
        : [
            {
              country: r.country,
              region: r.region,
              overall: r.overall,
              value: toNumber(outcomeValue(query.metric, r)),
            },
          ],
    );
    const { pearson, spearman, n } = correlate(points);
    return {
      grouping: grouping.id,
      year: query.year,
      metric: query.metric,
      points,
      pearson: toNumber(pearson),
      spearman: toNumber(spearman),
      n,
      excluded: rows.length - points.length,
    };
  }

  private async computeOperations(query: OperationsAnalyticsQuery): Promise<OperationsAnalyticsResponse> {
    const grouping: GroupingResponse = await this.references.grouping(query.grouping);
    const regionNames = new Map<string, Localized>(grouping.regions.map((r) => [r.code, r.name]));
    const rank = regionRank(grouping);
    const rows = await this.repository.aggregateOperationsByRegionYear({
      groupingId: grouping.id,
      from: query.from,
      to: query.to,
      programme: query.programme ?? null,
      activity: query.activity ?? null,
      commodity: query.commodity ?? null,
    });
    const series = rows
      .map((row) => ({
        ...row,
        regionName: row.region === ALL_REGIONS ? ALL_NAME : (regionNames.get(row.region) ?? ALL_NAME),
      }))
      .sort((a, b) => rank(a.region) - rank(b.region) || a.year - b.year);
    return {
      grouping: grouping.id,
      from: query.from,
      to: query.to,
      programme: query.programme ?? null,
      activity: query.activity ?? null,
      commodity: query.commodity ?? null,
      series,
    };
  }
}
