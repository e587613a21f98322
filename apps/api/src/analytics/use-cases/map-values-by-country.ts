import {
  countryListForReader,
  mapValuesOf,
  type MapValuesQuery,
  type MapValuesResponse,
  type Principal,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { assertPublishedQuery } from '../../disclosure/published-queries.js';
import { AnalyticsCache } from '../analytics-cache.js';
import { CurrentAssessmentsByCountry, regionNotFound } from './current-assessments-by-country.js';
import type { Versioned, ViewUseCase } from './view-use-case.js';

/**
 * One figure of each country's current assessment (the map): GET /api/analytics/countries/map. The same list,
 * cache entry and country policy as GET /api/analytics/countries, cut down to what the map draws, and derived
 * once per metric, region and kind of reader. The dashboard asks region by region, so that a grouping of
 * thousands of members never makes one large answer; a region's list is read alone after a write.
 */
@Injectable()
export class MapValuesByCountry implements ViewUseCase<MapValuesQuery, MapValuesResponse> {
  constructor(
    private readonly countries: CurrentAssessmentsByCountry,
    private readonly cache: AnalyticsCache,
  ) {}

  async execute(principal: Principal, query: Versioned<MapValuesQuery>): Promise<MapValuesResponse> {
    assertPublishedQuery(principal, query);
    const { metric, region, ...list } = query;
    return this.cache.getView(
      `map:${JSON.stringify(query)}`,
      () => this.countries.exactOf(list, region ?? null),
      principal,
      ({ exact, shared, regions }) => {
        if (region !== undefined && !regions.includes(region)) throw regionNotFound(query.grouping, region);
        return mapValuesOf(countryListForReader(principal, exact, shared), metric, region ?? null);
      },
    );
  }
}
