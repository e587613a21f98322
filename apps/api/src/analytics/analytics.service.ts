import { METHODOLOGY_VERSION, type Localized, type MaturityQuery, type MaturityResponse } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { ReferenceService } from '../reference/reference.service.js';
import { AnalyticsCache } from './analytics-cache.js';
import { MaturityRepository } from './maturity.repository.js';

@Injectable()
export class AnalyticsService {
  constructor(
    private readonly references: ReferenceService,
    private readonly maturity: MaturityRepository,
    private readonly cache: AnalyticsCache,
  ) {}

  async maturityByRegion(query: MaturityQuery): Promise<MaturityResponse> {
    const version = await this.maturity.findDataVersion();
    return this.cache.getOrCompute(`maturity:${JSON.stringify(query)}`, version, () => this.computeMaturity(query));
  }

  private async computeMaturity(query: MaturityQuery): Promise<MaturityResponse> {
    const grouping = await this.references.grouping(query.grouping);
    const regionNames = new Map<string, Localized>(grouping.regions.map((r) => [r.code, r.name]));
    const series = await this.maturity.aggregateMaturityByRegionYear(
      { groupingId: grouping.id, from: query.from, to: query.to },
      regionNames,
    );
    return { grouping: grouping.id, from: query.from, to: query.to, methodologyVersion: METHODOLOGY_VERSION, series };
  }
}
