import { Injectable } from '@nestjs/common';
import { ChangeFeed } from '../changes/change-feed.js';
import { DataVersionRepository } from './data-version.repository.js';

/**
 * The analytics data version, kept in memory from the change feed's notifications. Versions only grow (the
 * bump serialises writers on one row), so the highest seen is current. Without a trustworthy feed, every
 * caller reads it from the database.
 */
@Injectable()
export class DataVersionTracker {
  private known: bigint | null = null;
  /** Moves whenever the feed connects or is lost: a read started before then may be stale. */
  private epoch = 0;

  constructor(
    private readonly feed: ChangeFeed,
    private readonly versions: DataVersionRepository,
  ) {
    feed.subscribe((event) => {
      if (event.kind === 'data') this.raise(event.version);
      else if (event.kind === 'live' || event.kind === 'lost') {
        this.known = null;
        this.epoch++;
      }
    });
  }

  async current(): Promise<string> {
    if (this.known !== null && this.feed.isTrustworthy()) return this.known.toString();
    const epoch = this.epoch;
    const live = this.feed.isLive();
    const version = BigInt(await this.versions.findDataVersion());
    if (live && epoch === this.epoch) this.raise(version);
    return version.toString();
  }

  private raise(version: bigint): void {
    if (this.known === null || version > this.known) this.known = version;
  }
}
