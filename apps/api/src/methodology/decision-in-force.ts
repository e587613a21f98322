import { Injectable } from '@nestjs/common';
import { ChangeFeed } from '../changes/change-feed.js';
import { FeedMemory } from '../changes/feed-memory.js';
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
  private readonly memory: FeedMemory;

  constructor(
    feed: ChangeFeed,
    private readonly decisions: MethodologyRepository,
  ) {
    this.memory = new FeedMemory(
      feed,
      (event) => event.kind !== 'sessions',
      () => (this.known = null),
    );
  }

  async get(): Promise<MethodologyDecision> {
    if (this.known && this.memory.servable()) return this.known;
    return this.memory.readThrough(
      () => this.decisions.findDecisionInForce(),
      (decision) => (this.known = decision),
    );
  }
}
