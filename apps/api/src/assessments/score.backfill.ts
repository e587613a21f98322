import { computeScores, METHODOLOGY_VERSIONS, type MethodologyVersion } from '@cpc/domain';
import { Injectable, Logger } from '@nestjs/common';
import { Transactions } from '../db/transactions/transactions.js';
import { ScoresRepository, type ScoredAssessment } from './scores.repository.js';

/** Assessments scored per transaction: large enough for few round trips, small enough to keep memory flat. */
const BATCH = 2_000;

/**
 * Scores every scored assessment under every methodology version it has no scores under yet: what makes a
 * new version (a row in METHODOLOGY_VERSIONS) usable without a schema change. Runs at start and with
 * `npm run scores:backfill -w @cpc/api`; each batch commits on its own, so an interrupted run resumes.
 */
@Injectable()
export class ScoreBackfill {
  private readonly logger = new Logger('Scores');

  constructor(
    private readonly transactions: Transactions,
    private readonly scores: ScoresRepository,
  ) {}

  /** The number of assessments scored, per version. */
  async run(): Promise<Record<MethodologyVersion, number>> {
    const done = {} as Record<MethodologyVersion, number>;
    for (const version of METHODOLOGY_VERSIONS) {
      done[version] = await this.scoreUnder(version);
      if (done[version] > 0) this.logger.log(`Scored ${done[version]} assessments under methodology ${version}`);
    }
    return done;
  }

  private async scoreUnder(version: MethodologyVersion): Promise<number> {
    let total = 0;
    let afterId: string | undefined;
    for (;;) {
      const batch = await this.scores.findScoredWithout(version, BATCH, afterId);
      const last = batch.at(-1);
      if (last === undefined) return total;
      const scored: ScoredAssessment[] = batch.flatMap(({ id, answers }) => {
        const scores = computeScores(answers, version);
        return scores ? [{ assessmentId: id, scores: [scores] }] : [];
      });
      await this.transactions.run((manager) => this.scores.insertScores(manager, scored));
      total += scored.length;
      afterId = last.id;
    }
  }
}
