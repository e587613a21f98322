import { countryListForReader, type Principal, type UnitOutcomesResponse, type YearSpanQuery } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { assertPublishedQuery } from '../../disclosure/published-queries.js';
import { ReferenceService } from '../../reference/reference.service.js';
import { AnalyticsCache } from '../analytics-cache.js';
import { OperationUnitsRepository } from '../operation-units.repository.js';
import { SharedCountries } from '../shared-countries.js';
import type { Versioned, ViewUseCase, WithSharedCountries } from './view-use-case.js';

/**
 * The outcomes of each joint unit: GET /api/analytics/operations/units/list. Country-level figures: national
 * users get their own country's units and those of countries that share their figures.
 */
@Injectable()
export class UnitOutcomesByUnit implements ViewUseCase<YearSpanQuery, UnitOutcomesResponse> {
  constructor(
    private readonly references: ReferenceService,
    private readonly repository: OperationUnitsRepository,
    private readonly shared: SharedCountries,
    private readonly cache: AnalyticsCache,
  ) {}

  async execute(principal: Principal, query: Versioned<YearSpanQuery>): Promise<UnitOutcomesResponse> {
    assertPublishedQuery(principal, query);
    return this.cache.getView(
      `unit-outcomes:${JSON.stringify(query)}`,
      () => this.compute(query),
      principal,
      ({ exact, shared }) => countryListForReader(principal, exact, shared),
    );
  }

  private async compute(query: Versioned<YearSpanQuery>): Promise<WithSharedCountries<UnitOutcomesResponse>> {
    const grouping = await this.references.groupingOutline(query.grouping);
    const [items, shared] = await Promise.all([
      this.repository.sumByUnit(grouping.id, query.from, query.to),
      this.shared.get(),
    ]);
    const { from, to, methodology } = query;
    return {
      exact: { methodologyVersion: methodology, grouping: grouping.id, from, to, protected: false, items },
      shared,
    };
  }
}
