import {
  countedStatusesFor,
  countryListForReader,
  type MapValuesQuery,
  type MapValuesResponse,
  type Principal,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { assertPublishedQuery } from '../../disclosure/published-queries.js';
import { ReferenceService } from '../../reference/reference.service.js';
import { AnalyticsCache } from '../analytics-cache.js';
import { CurrentAssessmentsRepository } from '../current-assessments.repository.js';
import { MemberTotals } from '../member-totals.js';
import { SharedCountries } from '../shared-countries.js';
import { assertRegionOf } from './current-assessments-by-country.js';
import type { Versioned, ViewUseCase, WithSharedCountries } from './view-use-case.js';

/**
 * One figure of each country's current assessment (the map): GET /api/analytics/countries/map. The country
 * policy of GET /api/analytics/countries, with the map's rows read on their own: a country, a figure, a year
 * and a status, which at 18,000 members costs a fraction of the list's rows. A page of members at a time, as the
 * list: the dashboard asks region by region, page by page, so that a grouping of thousands of members never
 * makes one large answer.
 */
@Injectable()
export class MapValuesByCountry implements ViewUseCase<MapValuesQuery, MapValuesResponse> {
  constructor(
    private readonly references: ReferenceService,
    private readonly currentAssessments: CurrentAssessmentsRepository,
    private readonly shared: SharedCountries,
    private readonly totals: MemberTotals,
    private readonly cache: AnalyticsCache,
  ) {}

  async execute(principal: Principal, query: Versioned<MapValuesQuery>): Promise<MapValuesResponse> {
    assertPublishedQuery(principal, query);
    return this.cache.getView(
      `map:${JSON.stringify(query)}`,
      () => this.compute(query),
      principal,
      ({ exact, shared, regions }) => {
        assertRegionOf(query.grouping, regions, query.region);
        return countryListForReader(principal, exact, shared);
      },
    );
  }

  private async compute(query: Versioned<MapValuesQuery>): Promise<MapRows> {
    const grouping = await this.references.groupingOutline(query.grouping);
    const { methodology, year, metric, offset, limit } = query;
    const region = query.region ?? null;
    const page = { offset, limit };
    const [items, total, shared] = await Promise.all([
      this.currentAssessments.findMapValues(
        grouping.id,
        year,
        countedStatusesFor(query.status),
        methodology,
        region,
        metric,
        page,
      ),
      this.totals.get(grouping.id, year, region),
      this.shared.get(),
    ]);
    return {
      exact: {
        methodologyVersion: methodology,
        grouping: grouping.id,
        year,
        metric,
        region,
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

/** The map's rows as cached: with the grouping's region codes, which a region's answer checks. */
type MapRows = WithSharedCountries<MapValuesResponse> & { regions: string[] };
