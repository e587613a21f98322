import { Injectable } from '@nestjs/common';
import { ChangeFeed } from '../changes/change-feed.js';
import { FeedMemory } from '../changes/feed-memory.js';
import { DataVersionRepository } from './data-version.repository.js';

/**
 * The analytics data version, kept in memory from the change feed's notifications. Versions only grow (the
 * bump serialises writers on one row), so the highest seen is current. Without a trustworthy feed, every
 * caller reads it from the database.
 */
@Injectable()
export class DataVersionTracker {
  private known: bigint | null = null;
  private readonly memory: FeedMemory;

  constructor(
    private readonly feed: ChangeFeed,
    private readonly versions: DataVersionRepository,
  ) {
    // A notification raises the version rather than emptying it; only the feed connecting or being lost does.
    this.memory = new FeedMemory(
      feed,
      (event) => event.kind === 'live' || event.kind === 'lost',
      () => (this.known = null),
    );
    feed.subscribe((event) => {
      if (event.kind === 'data') this.raise(event.version);
    });
  }

  async current(): Promise<string> {
    if (this.known !== null && this.memory.servable()) return this.known.toString();
    // Kept when the feed is live, even in this instance's own write window: versions only grow.
    const version = await this.memory.readThrough(
      async () => BigInt(await this.versions.findDataVersion()),
      (read) => {
        this.raise(read);
      },
      () => this.feed.isLive(),
    );
    return version.toString();
  }

  private raise(version: bigint): void {
    if (this.known === null || version > this.known) this.known = version;
  }
}
