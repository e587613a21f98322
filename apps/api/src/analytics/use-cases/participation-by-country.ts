import {
  countryListForReader,
  type OperationsAnalyticsQuery,
  type ParticipationResponse,
  type Principal,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { assertPublishedQuery } from '../../disclosure/published-queries.js';
import { ReferenceService } from '../../reference/reference.service.js';
import { AnalyticsCache } from '../analytics-cache.js';
import { OperationsAnalyticsRepository } from '../operations-analytics.repository.js';
import { SharedCountries } from '../shared-countries.js';
import type { Versioned, ViewUseCase, WithSharedCountries } from './view-use-case.js';

/**
 * The operations each country took part in and reported (the participation map):
 * GET /api/analytics/operations/participation. National users get their own country and those that share theirs.
 */
@Injectable()
export class ParticipationByCountry implements ViewUseCase<OperationsAnalyticsQuery, ParticipationResponse> {
  constructor(
    private readonly references: ReferenceService,
    private readonly repository: OperationsAnalyticsRepository,
    private readonly shared: SharedCountries,
    private readonly cache: AnalyticsCache,
  ) {}

  async execute(principal: Principal, query: Versioned<OperationsAnalyticsQuery>): Promise<ParticipationResponse> {
    assertPublishedQuery(principal, query);
    return this.cache.getView(
      `participation:${JSON.stringify(query)}`,
      () => this.compute(query),
      principal,
      ({ exact, shared }) => countryListForReader(principal, exact, shared),
    );
  }

  private async compute(
    query: Versioned<OperationsAnalyticsQuery>,
  ): Promise<WithSharedCountries<ParticipationResponse>> {
    const grouping = await this.references.groupingOutline(query.grouping);
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
    return {
      exact: {
        methodologyVersion: query.methodology,
        grouping: grouping.id,
        from: query.from,
        to: query.to,
        protected: false,
        items,
      },
      shared,
    };
  }
}
