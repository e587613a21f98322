import {
  correlate,
  countedStatusesFor,
  countryItemsForReader,
  outcomeValue,
  receivesProtectedFigures,
  USEFUL_CELL_SIZE,
  type MaturityVsOutcomesQuery,
  type MaturityVsOutcomesResponse,
  type Principal,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { toNumber } from '../../common/round.js';
import { assertPublishedQuery } from '../../disclosure/published-queries.js';
import { ReferenceService } from '../../reference/reference.service.js';
import { AnalyticsCache } from '../analytics-cache.js';
import { OperationsAnalyticsRepository } from '../operations-analytics.repository.js';
import { SharedCountries } from '../shared-countries.js';
import type { Versioned, ViewUseCase, WithSharedCountries } from './view-use-case.js';

type ExactOutcomes = MaturityVsOutcomesResponse & { n: number };

/**
 * Each country's overall index against one outcome, with the correlations: GET /api/analytics/maturity-vs-outcomes.
 * Coefficients over every point; national users see their own point and the shared ones, and coefficients only
 * over 10 points or more.
 */
@Injectable()
export class MaturityVsOutcomes implements ViewUseCase<MaturityVsOutcomesQuery, MaturityVsOutcomesResponse> {
  constructor(
    private readonly references: ReferenceService,
    private readonly repository: OperationsAnalyticsRepository,
    private readonly shared: SharedCountries,
    private readonly cache: AnalyticsCache,
  ) {}

  async execute(principal: Principal, query: Versioned<MaturityVsOutcomesQuery>): Promise<MaturityVsOutcomesResponse> {
    assertPublishedQuery(principal, query);
    return this.cache.getView(
      `outcomes:${JSON.stringify(query)}`,
      () => this.compute(query),
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

  private async compute(query: Versioned<MaturityVsOutcomesQuery>): Promise<WithSharedCountries<ExactOutcomes>> {
    const grouping = await this.references.groupingOutline(query.grouping);
    const [rows, shared] = await Promise.all([
      this.repository.findOutcomesByCountry(
        grouping.id,
        query.year,
        countedStatusesFor(query.status),
        query.methodology,
      ),
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
      methodologyVersion: query.methodology,
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
}
