/** At most this many versions are remembered: a replica further behind than that is far beyond any bound. */
const MAX_VERSIONS = 10_000;

/**
 * When this instance first heard of each analytics data version (the change feed announces each at its
 * commit), so that a replica's lag can be told as the age of the oldest committed version it has not
 * replayed. PostgreSQL's own measure on a standby, the time since the last transaction it replayed, grows
 * through any long transaction on the primary (a 100,000-row import: 12 s) while the replica keeps up with
 * every commit, and took replicas out of the rotation during every import.
 */
export class VersionTimes {
  /** Versions in increasing order, each with the time it was first heard of. */
  private heard: { version: bigint; at: number }[] = [];

  /** Version `version` was announced at `at` (ms). Versions announced out of order add nothing new. */
  record(version: bigint, at: number): void {
    const newest = this.heard.at(-1);
    if (newest && version <= newest.version) return;
    this.heard.push({ version, at });
    if (this.heard.length > MAX_VERSIONS) this.heard.splice(0, this.heard.length - MAX_VERSIONS);
  }

  /** Nothing heard can be trusted any more (the feed was lost or reconnected): lags are unknown again. */
  forget(): void {
    this.heard = [];
  }

  /**
   * The lag at `at` of a replica that has replayed `replayed`: 0 when it has every version heard of, else the
   * age of the oldest one it lacks; null when it cannot be told (nothing heard, or its version unknown).
   */
  lagOf(replayed: bigint | null, at: number): number | null {
    const newest = this.heard.at(-1);
    if (!newest || replayed === null) return null;
    if (replayed >= newest.version) return 0;
    // The first version heard after it (the oldest remembered, when it is older than all of them).
    const oldestMissing = this.heard.find((h) => h.version > replayed) ?? newest;
    return Math.max(0, at - oldestMissing.at);
  }
}
