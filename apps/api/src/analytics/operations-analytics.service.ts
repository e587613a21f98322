import {
  ALL_REGIONS,
  correlate,
  countedStatusesFor,
  countryItemsForReader,
  operationsForReader,
  outcomeValue,
  receivesProtectedFigures,
  USEFUL_CELL_SIZE,
  type GroupingResponse,
  type Localized,
  type MaturityVsOutcomesQuery,
  type MaturityVsOutcomesResponse,
  type OperationsAnalyticsQuery,
  type OperationsAnalyticsResponse,
  type OperationsCellNoise,
  type ParticipationResponse,
  type Principal,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { toNumber } from '../common/round.js';
import { assertPublishedQuery } from '../disclosure/published-queries.js';
import { ReferenceService } from '../reference/reference.service.js';
import { AnalyticsCache } from './analytics-cache.js';
import { SharedCountries } from './shared-countries.js';
import { ALL_NAME, regionRank } from './region-order.js';
import { OperationsAnalyticsRepository } from './operations-analytics.repository.js';

const NO_KEY = { units: 0, confidential: 0 };
const NO_NOISE: OperationsCellNoise = { countries: NO_KEY, operations: NO_KEY, magnitudes: {} };

/** Operational outcomes by region and year, participation by country, and outcomes against maturity. */
@Injectable()
export class OperationsAnalyticsService {
  constructor(
    private readonly references: ReferenceService,
    private readonly repository: OperationsAnalyticsRepository,
    private readonly shared: SharedCountries,
    private readonly cache: AnalyticsCache,
  ) {}

  async operationsByRegion(
    principal: Principal,
    query: OperationsAnalyticsQuery,
  ): Promise<OperationsAnalyticsResponse> {
    assertPublishedQuery(principal, query);
    return this.cache.getView(
      `operations:${JSON.stringify(query)}`,
      () => this.computeOperations(query),
      principal,
      (value) => operationsForReader(principal, value.exact, value.noise),
    );
  }

  /** Country details: national users get their own country and those that share their figures. */
  async participationByCountry(principal: Principal, query: OperationsAnalyticsQuery): Promise<ParticipationResponse> {
    assertPublishedQuery(principal, query);
    return this.cache.getView(
      `participation:${JSON.stringify(query)}`,
      () => this.computeParticipation(query),
      principal,
      ({ exact, shared }) => ({
        ...exact,
        protected: receivesProtectedFigures(principal),
        items: countryItemsForReader(principal, exact.items, shared),
      }),
    );
  }

  private async computeParticipation(
    query: OperationsAnalyticsQuery,
  ): Promise<{ exact: ParticipationResponse; shared: Set<string> }> {
    const grouping = await this.references.grouping(query.grouping);
    const [items, shared] = await Promise.all([
      this.repository.countParticipationByCountry({
        groupingId: grouping.id,
        from: query.from,
        to: query.to,
        programme: query.programme ?? null,
        activity: query.activity ?? null,
      }),
      this.shared.get(),
    ]);
    return { exact: { grouping: grouping.id, from: query.from, to: query.to, protected: false, items }, shared };
  }

  /**
   * Coefficients over every point; national users see their own point and the shared ones, and coefficients
   * only over 10 points or more.
   */
  async maturityVsOutcomes(principal: Principal, query: MaturityVsOutcomesQuery): Promise<MaturityVsOutcomesResponse> {
    assertPublishedQuery(principal, query);
    return this.cache.getView(
      `outcomes:${JSON.stringify(query)}`,
      () => this.computeOutcomes(query),
      principal,
      ({ exact, shared }) => {
        if (!receivesProtectedFigures(principal)) return exact;
        const enough = exact.n >= USEFUL_CELL_SIZE;
        return {
          ...exact,
          protected: true,
          points: countryItemsForReader(principal, exact.points, shared),
          pearson: enough ? exact.pearson : null,
          spearman: enough ? exact.spearman : null,
          n: enough ? exact.n : null,
          excluded: null,
        };
      },
    );
  }

  private async computeOutcomes(
    query: MaturityVsOutcomesQuery,
  ): Promise<{ exact: MaturityVsOutcomesResponse & { n: number }; shared: Set<string> }> {
    const grouping = await this.references.grouping(query.grouping);
    const [rows, shared] = await Promise.all([
      this.repository.findOutcomesByCountry(grouping.id, query.year, countedStatusesFor(query.status)),
      this.shared.get(),
    ]);
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
    const exact = {
      grouping: grouping.id,
      year: query.year,
      metric: query.metric,
      protected: false,
      points,
      pearson: toNumber(pearson),
      spearman: toNumber(spearman),
      n,
      excluded: rows.length - points.length,
    };
    return { exact, shared };
  }

  private async computeOperations(
    query: OperationsAnalyticsQuery,
  ): Promise<{ exact: OperationsAnalyticsResponse; noise: OperationsCellNoise[] }> {
    const grouping: GroupingResponse = await this.references.grouping(query.grouping);
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
    const [rows, noise] = await Promise.all([
      this.repository.aggregateOperationsByRegionYear(filter),
      // National users never filter (assertPublishedQuery): only unfiltered figures are protected.
      unfiltered
        ? this.repository.findOperationsNoise(grouping.id, query.from, query.to)
        : new Map<string, OperationsCellNoise>(),
    ]);
    const series = rows
      .map((row) => ({
        ...row,
        regionName: row.region === ALL_REGIONS ? ALL_NAME : (regionNames.get(row.region) ?? ALL_NAME),
      }))
      .sort((a, b) => rank(a.region) - rank(b.region) || a.year - b.year);
    return {
      exact: {
        grouping: grouping.id,
        from: query.from,
        to: query.to,
        programme: filter.programme,
        activity: filter.activity,
        commodity: filter.commodity,
        protected: false,
        series,
      },
      noise: series.map((p) => noise.get(`${p.region}:${p.year}`) ?? NO_NOISE),
    };
  }
}
