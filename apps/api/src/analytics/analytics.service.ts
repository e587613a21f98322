import {
  countedStatusesFor,
  METHODOLOGY_VERSION,
  INSTRUMENT_ITEMS,
  applySmallCellRule,
  canReadCountry,
  applySmallCellRuleToCells,
  findItem,
  isScored,
  seesSmallCells,
  type CurrentAssessmentsResponse,
  type DifficultiesResponse,
  type GapsResponse,
  type LevelsQuery,
  type LevelsResponse,
  type Localized,
  type MaturityPoint,
  type MaturityQuery,
  type MaturityResponse,
  type Principal,
  type YearQuery,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { ReferenceService } from '../reference/reference.service.js';
import { AnalyticsCache } from './analytics-cache.js';
import { ALL_NAME, regionRank } from './region-order.js';
import { CurrentAssessmentsRepository } from './current-assessments.repository.js';
import { DifficultiesRepository } from './difficulties.repository.js';
import { GapsRepository } from './gaps.repository.js';
import { MaturityRepository } from './maturity.repository.js';

@Injectable()
export class AnalyticsService {
  constructor(
    private readonly references: ReferenceService,
    private readonly maturity: MaturityRepository,
    private readonly difficulties: DifficultiesRepository,
    private readonly gaps: GapsRepository,
    private readonly currentAssessments: CurrentAssessmentsRepository,
    private readonly cache: AnalyticsCache,
  ) {}

  async maturityByRegion(principal: Principal, query: MaturityQuery): Promise<MaturityResponse> {
    return this.cache.getView(
      `maturity:${JSON.stringify(query)}`,
      () => this.computeMaturity(query),
      principal,
      (response) => maturityFor(principal, response),
    );
  }

  async levelsByRegion(principal: Principal, query: LevelsQuery): Promise<LevelsResponse> {
    const maturityQuery = { grouping: query.grouping, from: query.from, to: query.to, status: query.status };
    return this.cache.getView(
      `levels:${JSON.stringify(query)}`,
      () => this.computeMaturity(maturityQuery),
      principal,
      (response) => toLevels(maturityFor(principal, response), query.kind),
    );
  }

  async difficultiesByRegion(principal: Principal, query: YearQuery): Promise<DifficultiesResponse> {
    return this.cache.getView(
      `difficulties:${JSON.stringify(query)}`,
      () => this.computeDifficulties(query),
      principal,
      (response) => {
        if (seesSmallCells(principal)) return response;
        const items = applySmallCellRuleToCells(
          response.items,
          (i) => i.option,
          (i) => ({ ...i, count: null, share: null, suppressed: true }),
        );
        return { ...response, items };
      },
    );
  }

  async gapsByRegion(principal: Principal, query: YearQuery): Promise<GapsResponse> {
    return this.cache.getView(
      `gaps:${JSON.stringify(query)}`,
      () => this.computeGaps(query),
      principal,
      (response) => {
        if (seesSmallCells(principal)) return response;
        const items = applySmallCellRuleToCells(
          response.items,
          (i) => i.code,
          (i) => ({ ...i, withGap: null, share: null, suppressed: true }),
        );
        return { ...response, items };
      },
    );
  }

  /** Each country's current assessment in a year: country details, so national users get their own only. */
  async currentAssessmentsByCountry(principal: Principal, query: YearQuery): Promise<CurrentAssessmentsResponse> {
    return this.cache.getView(
      `current:${JSON.stringify(query)}`,
      () => this.computeCurrentAssessments(query),
      principal,
      (response) => ({ ...response, items: response.items.filter((i) => canReadCountry(principal, i.country)) }),
    );
  }

  private async computeDifficulties(query: YearQuery): Promise<DifficultiesResponse> {
    const grouping = await this.references.grouping(query.grouping);
    const options = findItem('A.17')?.options.map((o) => o.code) ?? [];
    const rank = regionRank(grouping);
    const items = await this.difficulties.countDifficultiesByRegion(
      grouping.id,
      query.year,
      countedStatusesFor(query.status),
      options,
    );
    items.sort((a, b) => rank(a.region) - rank(b.region));
    return { grouping: grouping.id, year: query.year, items };
  }

  private async computeGaps(query: YearQuery): Promise<GapsResponse> {
    const grouping = await this.references.grouping(query.grouping);
    const codes = INSTRUMENT_ITEMS.filter(isScored).map((i) => i.code);
    const rank = regionRank(grouping);
    const items = await this.gaps.countGapsByRegionItem(
      grouping.id,
      query.year,
      countedStatusesFor(query.status),
      codes,
    );
    items.sort((a, b) => rank(a.region) - rank(b.region));
    return { grouping: grouping.id, year: query.year, items };
  }

  private async computeCurrentAssessments(query: YearQuery): Promise<CurrentAssessmentsResponse> {
    const grouping = await this.references.grouping(query.grouping);
    const items = await this.currentAssessments.findCurrentAssessments(
      grouping.id,
      query.year,
      countedStatusesFor(query.status),
    );
    return { grouping: grouping.id, year: query.year, items };
  }

  private async computeMaturity(query: MaturityQuery): Promise<MaturityResponse> {
    const grouping = await this.references.grouping(query.grouping);
    const regionNames = new Map<string, Localized>(grouping.regions.map((r) => [r.code, r.name]));
    const rank = regionRank(grouping);
    const rows = await this.maturity.aggregateMaturityByRegionYear({
      groupingId: grouping.id,
      from: query.from,
      to: query.to,
      dimension: query.dimension,
      statuses: countedStatusesFor(query.status),
    });
    const series: MaturityPoint[] = rows
      .map((row) => ({ ...row, regionName: regionNames.get(row.region) ?? ALL_NAME }))
      .sort((a, b) => rank(a.region) - rank(b.region) || a.year - b.year);
    return {
      grouping: grouping.id,
      from: query.from,
      to: query.to,
      dimension: query.dimension ?? null,
      status: query.status === 'validated' ? 'validated' : 'counted',
      methodologyVersion: METHODOLOGY_VERSION,
      series,
    };
  }
}

function maturityFor(principal: Principal, response: MaturityResponse): MaturityResponse {
  return seesSmallCells(principal) ? response : { ...response, series: applySmallCellRule(response.series) };
}

function toLevels(maturity: MaturityResponse, kind: LevelsQuery['kind']): LevelsResponse {
  return {
    grouping: maturity.grouping,
    from: maturity.from,
    to: maturity.to,
    kind,
    series: maturity.series.map((p) => ({
      region: p.region,
      regionName: p.regionName,
      year: p.year,
      members: p.members,
      assessed: p.assessed,
      levels: kind === 'self' ? p.selfLevels : p.levels,
      notAssessed: p.members - p.assessed,
      suppressed: p.suppressed,
    })),
  };
}
