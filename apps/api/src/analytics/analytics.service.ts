import {
  asOfPeriod,
  countedStatusesFor,
  countsAsOfYear,
  countryItemsForReader,
  difficultiesForReader,
  findItem,
  gapsForReader,
  INSTRUMENT_ITEMS,
  isScored,
  maturityForReader,
  METHODOLOGY_VERSION,
  receivesProtectedFigures,
  type CountCellNoise,
  type CurrentAssessmentsResponse,
  type DifficultiesResponse,
  type GapsResponse,
  type LevelsQuery,
  type LevelsResponse,
  type Localized,
  type MaturityCellNoise,
  type MaturityPoint,
  type MaturityQuery,
  type MaturityResponse,
  type Principal,
  type YearQuery,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { assertPublishedQuery } from '../disclosure/published-queries.js';
import { ReferenceService } from '../reference/reference.service.js';
import { AnalyticsCache } from './analytics-cache.js';
import { SharedCountries } from './shared-countries.js';
import { ALL_NAME, regionRank } from './region-order.js';
import { CurrentAssessmentsRepository } from './current-assessments.repository.js';
import { DifficultiesRepository } from './difficulties.repository.js';
import { GapsRepository } from './gaps.repository.js';
import { MaturityRepository } from './maturity.repository.js';

/** An exact answer, with what protecting each of its cells for national users needs (aligned). */
interface Protectable<R, N> {
  exact: R;
  noise: N[];
}

const countsHeader = (grouping: string, year: number) => ({
  grouping,
  year,
  period: asOfPeriod(year),
  protected: false,
});

@Injectable()
export class AnalyticsService {
  constructor(
    private readonly references: ReferenceService,
    private readonly maturity: MaturityRepository,
    private readonly difficulties: DifficultiesRepository,
    private readonly gaps: GapsRepository,
    private readonly currentAssessments: CurrentAssessmentsRepository,
    private readonly shared: SharedCountries,
    private readonly cache: AnalyticsCache,
  ) {}

  async maturityByRegion(principal: Principal, query: MaturityQuery): Promise<MaturityResponse> {
    assertPublishedQuery(principal, query);
    return this.cache.getView(
      `maturity:${JSON.stringify(query)}`,
      () => this.computeMaturity(query),
      principal,
      (value) => maturityForReader(principal, value.exact, value.noise),
    );
  }

  async levelsByRegion(principal: Principal, query: LevelsQuery): Promise<LevelsResponse> {
    const maturityQuery = { grouping: query.grouping, from: query.from, to: query.to, status: query.status };
    const maturity = await this.maturityByRegion(principal, maturityQuery);
    return toLevels(maturity, query.kind);
  }

  async difficultiesByRegion(principal: Principal, query: YearQuery): Promise<DifficultiesResponse> {
    assertPublishedQuery(principal, query);
    const asOf = { ...query, year: countsAsOfYear(principal, query.year) };
    return this.cache.getView(
      `difficulties:${JSON.stringify(asOf)}`,
      () => this.computeDifficulties(asOf),
      principal,
      (value) => difficultiesForReader(principal, value.exact, value.noise),
    );
  }

  async gapsByRegion(principal: Principal, query: YearQuery): Promise<GapsResponse> {
    assertPublishedQuery(principal, query);
    const asOf = { ...query, year: countsAsOfYear(principal, query.year) };
    return this.cache.getView(
      `gaps:${JSON.stringify(asOf)}`,
      () => this.computeGaps(asOf),
      principal,
      (value) => gapsForReader(principal, value.exact, value.noise),
    );
  }

  /** Each country's current assessment in a year: national users get their own and the shared ones only. */
  async currentAssessmentsByCountry(principal: Principal, query: YearQuery): Promise<CurrentAssessmentsResponse> {
    assertPublishedQuery(principal, query);
    return this.cache.getView(
      `current:${JSON.stringify(query)}`,
      () => this.computeCurrentAssessments(query),
      principal,
      ({ exact, shared }) => ({
        ...exact,
        protected: receivesProtectedFigures(principal),
        items: countryItemsForReader(principal, exact.items, shared),
      }),
    );
  }

  private async computeDifficulties(query: YearQuery): Promise<Protectable<DifficultiesResponse, CountCellNoise>> {
    const grouping = await this.references.grouping(query.grouping);
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
      exact: { ...countsHeader(grouping.id, query.year), items: rows.map((r) => r.item) },
      noise: rows.map((r) => r.noise),
    };
  }

  private async computeGaps(query: YearQuery): Promise<Protectable<GapsResponse, CountCellNoise>> {
    const grouping = await this.references.grouping(query.grouping);
    const codes = INSTRUMENT_ITEMS.filter(isScored).map((i) => i.code);
    const rank = regionRank(grouping);
    const rows = await this.gaps.countGapsByRegionItem(
      grouping.id,
      query.year,
      countedStatusesFor(query.status),
      codes,
    );
    rows.sort((a, b) => rank(a.item.region) - rank(b.item.region));
    return {
      exact: { ...countsHeader(grouping.id, query.year), items: rows.map((r) => r.item) },
      noise: rows.map((r) => r.noise),
    };
  }

  private async computeCurrentAssessments(
    query: YearQuery,
  ): Promise<{ exact: CurrentAssessmentsResponse; shared: Set<string> }> {
    const grouping = await this.references.grouping(query.grouping);
    const [items, shared] = await Promise.all([
      this.currentAssessments.findCurrentAssessments(grouping.id, query.year, countedStatusesFor(query.status)),
      this.shared.get(),
    ]);
    return { exact: { grouping: grouping.id, year: query.year, protected: false, items }, shared };
  }

  private async computeMaturity(query: MaturityQuery): Promise<Protectable<MaturityResponse, MaturityCellNoise>> {
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
    rows.sort((a, b) => rank(a.point.region) - rank(b.point.region) || a.point.year - b.point.year);
    const series: MaturityPoint[] = rows.map(({ point }) => ({
      ...point,
      regionName: regionNames.get(point.region) ?? ALL_NAME,
    }));
    return {
      exact: {
        grouping: grouping.id,
        from: query.from,
        to: query.to,
        dimension: query.dimension ?? null,
        status: query.status === 'validated' ? 'validated' : 'counted',
        methodologyVersion: METHODOLOGY_VERSION,
        protected: false,
        series,
      },
      noise: rows.map((r) => r.noise),
    };
  }
}

function toLevels(maturity: MaturityResponse, kind: LevelsQuery['kind']): LevelsResponse {
  return {
    grouping: maturity.grouping,
    from: maturity.from,
    to: maturity.to,
    kind,
    protected: maturity.protected,
    series: maturity.series.map((p) => ({
      region: p.region,
      regionName: p.regionName,
      year: p.year,
      members: p.members,
      assessed: p.assessed,
      levels: kind === 'self' ? p.selfLevels : p.levels,
      notAssessed: p.assessed === null ? null : p.members - p.assessed,
      suppressed: p.suppressed,
    })),
  };
}
