import { Injectable } from '@nestjs/common';
import { ChangeFeed } from '../changes/change-feed.js';
import { MethodologyRepository, type MethodologyDecision } from './methodology.repository.js';

/**
 * The methodology decision in force, kept in memory while the change feed is trustworthy: every request that
 * names no version asks for it, and reading it each time was a query per cached answer. A decision moves the
 * data version (its trigger), whose notification empties this on every instance; without a trustworthy feed
 * it is read from the database.
 */
@Injectable()
export class DecisionInForce {
  private known: MethodologyDecision | null = null;
  /** Moves at every notification: a read started before one may be stale. */
  private epoch = 0;

  constructor(
    private readonly feed: ChangeFeed,
    private readonly decisions: MethodologyRepository,
  ) {
    feed.subscribe((event) => {
      if (event.kind === 'sessions') return;
      this.known = null;
      this.epoch++;
    });
  }

  async get(): Promise<MethodologyDecision> {
    if (this.known && this.feed.isTrustworthy()) return this.known;
    const epoch = this.epoch;
    const trustworthy = this.feed.isTrustworthy();
    const decision = await this.decisions.findDecisionInForce();
    if (trustworthy && epoch === this.epoch) this.known = decision;
    return decision;
  }
}
