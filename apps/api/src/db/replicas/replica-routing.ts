/** What the last measurement of a replica found. */
export interface ReplicaReading {
  /** The last probe reached it, and no read on it has failed since. */
  reachable: boolean;
  /** Replay lag; null when unknown (never measured, or not measurable). */
  lagMs: number | null;
  /** The highest analytics data version it is known to have replayed; null when unknown. */
  replayedVersion: bigint | null;
}

export type ReplicaStatus = 'ok' | 'lagging' | 'down';

/** Down when unreachable; lagging when its lag is unknown or beyond the bound; ok otherwise. */
export function replicaStatus(reading: ReplicaReading, maxLagMs: number): ReplicaStatus {
  if (!reading.reachable) return 'down';
  return reading.lagMs !== null && reading.lagMs <= maxLagMs ? 'ok' : 'lagging';
}

export interface ReadRoute {
  /** The replica to read from, by position in DATABASE_REPLICA_URLS; null for the primary. */
  replica: number | null;
  /**
   * Whether the replica must first be asked whether it has replayed the data version the read needs: its
   * last known version is older (or unknown), though it may have caught up since.
   */
  checkVersion: boolean;
}

export interface RouteQuestion {
  readings: ReplicaReading[];
  maxLagMs: number;
  /** This instance has a write in flight or settling: its reads go where that write surely is. */
  inOwnWriteWindow: boolean;
  /** Round-robin position: the first healthy replica at or after it (modulo their number) is chosen. */
  cursor: number;
  /** The data version the read's answer will be taken for; null when any version will do. */
  neededVersion: bigint | null;
}

const PRIMARY: ReadRoute = { replica: null, checkVersion: false };

/** Where a read goes: a healthy replica in turn, else the primary. */
export function routeRead(question: RouteQuestion): ReadRoute {
  const { readings, maxLagMs, cursor, neededVersion } = question;
  if (question.inOwnWriteWindow || readings.length === 0) return PRIMARY;
  for (let step = 0; step < readings.length; step++) {
    const index = (cursor + step) % readings.length;
    const reading = readings[index];
    if (!reading || replicaStatus(reading, maxLagMs) !== 'ok') continue;
    const known = reading.replayedVersion;
    return { replica: index, checkVersion: neededVersion !== null && (known === null || known < neededVersion) };
  }
  return PRIMARY;
}
