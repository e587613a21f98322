import type { MaturityQuery, MaturityResponse, Principal } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { MaturityByRegion } from './use-cases/maturity-by-region.js';
import type { Versioned } from './use-cases/view-use-case.js';

/**
 * The analytics other modules read (a country profile compares the country with its region's maturity
 * cell). Each view's own logic is a use case in ./use-cases; this only hands one out under its old name.
 */
@Injectable()
export class AnalyticsService {
  constructor(private readonly maturity: MaturityByRegion) {}

  maturityByRegion(principal: Principal, query: Versioned<MaturityQuery>): Promise<MaturityResponse> {
    return this.maturity.execute(principal, query);
  }
}
