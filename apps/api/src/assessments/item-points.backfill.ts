import { computeItemPoints } from '@cpc/domain';
import { Injectable, Logger } from '@nestjs/common';
import { Transactions } from '../db/transactions/transactions.js';
import { ScoreBreakdownRepository } from './score-breakdown.repository.js';

/** Fills in per-item points for assessments scored before they were stored (a database from an older version). */
@Injectable()
export class ItemPointsBackfill {
  private readonly logger = new Logger('ItemPoints');

  constructor(
    private readonly transactions: Transactions,
    private readonly breakdowns: ScoreBreakdownRepository,
  ) {}

  async run(): Promise<void> {
    const missing = await this.breakdowns.findScoredWithoutItemPoints();
    if (missing.length === 0) return;
    const rows = missing.flatMap(({ id, answers }) =>
      Object.entries(computeItemPoints(answers)).map(([code, points]) => ({ assessmentId: id, code, points })),
    );
    await this.transactions.run((manager) => this.breakdowns.insertItemPoints(manager, rows));
    this.logger.log(`Stored item points of ${missing.length} assessments scored before they were kept`);
  }
}
