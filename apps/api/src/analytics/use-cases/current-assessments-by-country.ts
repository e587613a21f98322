import {
  countedStatusesFor,
  countryListForReader,
  type CurrentAssessmentsResponse,
  type Principal,
  type YearQuery,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { assertPublishedQuery } from '../../disclosure/published-queries.js';
import { ReferenceService } from '../../reference/reference.service.js';
import { AnalyticsCache } from '../analytics-cache.js';
import { CurrentAssessmentsRepository } from '../current-assessments.repository.js';
import { SharedCountries } from '../shared-countries.js';
import type { Versioned, ViewUseCase, WithSharedCountries } from './view-use-case.js';

/**
 * Each country's current assessment in a year (the map): GET /api/analytics/countries. National users get
 * their own country and those that share their figures only.
 */
@Injectable()
export class CurrentAssessmentsByCountry implements ViewUseCase<YearQuery, CurrentAssessmentsResponse> {
  constructor(
    private readonly references: ReferenceService,
    private readonly currentAssessments: CurrentAssessmentsRepository,
    private readonly shared: SharedCountries,
    private readonly cache: AnalyticsCache,
  ) {}

  async execute(principal: Principal, query: Versioned<YearQuery>): Promise<CurrentAssessmentsResponse> {
    assertPublishedQuery(principal, query);
    return this.cache.getView(
      `current:${JSON.stringify(query)}`,
      () => this.compute(query),
      principal,
      ({ exact, shared }) => countryListForReader(principal, exact, shared),
    );
  }

  private async compute(query: Versioned<YearQuery>): Promise<WithSharedCountries<CurrentAssessmentsResponse>> {
    const grouping = await this.references.grouping(query.grouping);
    const [items, shared] = await Promise.all([
      this.currentAssessments.findCurrentAssessments(
        grouping.id,
        query.year,
        countedStatusesFor(query.status),
        query.methodology,
      ),
      this.shared.get(),
    ]);
    return {
      exact: {
        methodologyVersion: query.methodology,
        grouping: grouping.id,
        year: query.year,
        protected: false,
        items,
      },
      shared,
    };
  }
}
