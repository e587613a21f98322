import {
  countedStatusesFor,
  countryListForReader,
  type CountryListQuery,
  type CurrentAssessmentsResponse,
  type Principal,
  type YearQuery,
} from '@cpc/domain';
import { Injectable, NotFoundException } from '@nestjs/common';
import { assertPublishedQuery } from '../../disclosure/published-queries.js';
import { ReferenceService } from '../../reference/reference.service.js';
import { AnalyticsCache } from '../analytics-cache.js';
import { CurrentAssessmentsRepository, type MemberPage } from '../current-assessments.repository.js';
import { MemberTotals } from '../member-totals.js';
import { SharedCountries } from '../shared-countries.js';
import type { Versioned, ViewUseCase, WithSharedCountries } from './view-use-case.js';

/**
 * Each country's current assessment in a year with its scores: GET /api/analytics/countries, of every member
 * or of one region's, a page of members at a time. National users get their own country and those that share
 * their figures only.
 */
@Injectable()
export class CurrentAssessmentsByCountry implements ViewUseCase<YearQuery, CurrentAssessmentsResponse> {
  constructor(
    private readonly references: ReferenceService,
    private readonly currentAssessments: CurrentAssessmentsRepository,
    private readonly shared: SharedCountries,
    private readonly totals: MemberTotals,
    private readonly cache: AnalyticsCache,
  ) {}

  async execute(principal: Principal, query: Versioned<CountryListQuery>): Promise<CurrentAssessmentsResponse> {
    assertPublishedQuery(principal, query);
    const { region, limit, offset, ...list } = query;
    const page = { offset, limit };
    return this.cache.getView(
      cacheKey(list, region ?? null, page),
      () => this.compute(list, region ?? null, page),
      principal,
      ({ exact, shared, regions }) => {
        assertRegionOf(query.grouping, regions, region);
        return countryListForReader(principal, exact, shared);
      },
    );
  }

  private async compute(query: Versioned<YearQuery>, region: string | null, page: MemberPage): Promise<CurrentList> {
    const grouping = await this.references.groupingOutline(query.grouping);
    const [items, total, shared] = await Promise.all([
      this.currentAssessments.findCurrentAssessments(
        grouping.id,
        query.year,
        countedStatusesFor(query.status),
        query.methodology,
        region,
        page,
      ),
      this.totals.get(grouping.id, query.year, region),
      this.shared.get(),
    ]);
    return {
      exact: {
        methodologyVersion: query.methodology,
        grouping: grouping.id,
        year: query.year,
        protected: false,
        items,
        total,
        ...page,
      },
      shared,
      regions: grouping.regions.map((r) => r.code),
    };
  }
}

/** The list as cached: with the grouping's region codes, which a region's answer checks. */
export type CurrentList = WithSharedCountries<CurrentAssessmentsResponse> & { regions: string[] };

/** The query's own fields only, in a fixed order: the same list asked in another order hits the same entry. */
function cacheKey(query: Versioned<YearQuery>, region: string | null, page: MemberPage): string {
  const { grouping, year, status, methodology } = query;
  return `current:${JSON.stringify({ grouping, year, status, methodology, region, ...page })}`;
}

/** A region asked for that the grouping (with these region codes) does not have: 404, naming it (the map's answers too). */
export function assertRegionOf(grouping: string, regions: readonly string[], region: string | undefined): void {
  if (region !== undefined && !regions.includes(region)) throw regionNotFound(grouping, region);
}

function regionNotFound(grouping: string, region: string): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    code: 'region_not_found',
    params: { grouping, region },
    message: `region: grouping "${grouping}" has no region "${region}"`,
  });
}
