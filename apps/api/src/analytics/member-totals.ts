import { Injectable } from '@nestjs/common';
import { AnalyticsCache } from './analytics-cache.js';
import { CurrentAssessmentsRepository } from './current-assessments.repository.js';

/**
 * How many members a grouping (or one of its regions) has at a year's end: the total of every page of a paged
 * view (the country list, the map). Counted once per data version and shared by every page and view, not once
 * per page.
 */
@Injectable()
export class MemberTotals {
  constructor(
    private readonly currentAssessments: CurrentAssessmentsRepository,
    private readonly cache: AnalyticsCache,
  ) {}

  get(groupingId: string, year: number, region: string | null): Promise<number> {
    return this.cache.getValue(`members:${JSON.stringify([groupingId, year, region])}`, () =>
      this.currentAssessments.countMembers(groupingId, year, region),
    );
  }
}
