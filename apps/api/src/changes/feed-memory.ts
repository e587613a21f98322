import type { ChangeEvent, ChangeFeed } from './change-feed.js';

/**
 * What anything kept in memory from the change feed shares: it is emptied by the events that may have made it
 * stale, and a database read is kept only when nothing emptied the memory while it ran and the feed could be
 * trusted when it started (a read that overlaps a notification may hold what the notification replaced).
 */
export class FeedMemory {
  /** Moves at every emptying event. */
  private epoch = 0;

  constructor(
    private readonly feed: ChangeFeed,
    empties: (event: ChangeEvent) => boolean,
    empty: () => void,
  ) {
    feed.subscribe((event) => {
      if (!empties(event)) return;
      empty();
      this.epoch++;
    });
  }

  /** Whether what is kept may be served without reading the database. */
  servable(): boolean {
    return this.feed.isTrustworthy();
  }

  /**
   * Reads from the database, and hands the value to `keep` when it may be kept. `trusted` says whether the feed
   * can be relied on for this memory as the read starts (by default, `servable`).
   */
  async readThrough<T>(read: () => Promise<T>, keep: (value: T) => void, trusted = () => this.servable()): Promise<T> {
    const epoch = this.epoch;
    const trustworthy = trusted();
    const value = await read();
    if (trustworthy && epoch === this.epoch) keep(value);
    return value;
  }
}
