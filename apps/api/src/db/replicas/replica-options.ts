/** The streaming replicas an instance reads analytics and exports from (DATABASE_REPLICA_URLS). */
export interface ReplicaOptions {
  urls: string[];
  /** A replica further behind its primary than this is not read from (REPLICA_MAX_LAG_MS). */
  maxLagMs: number;
  /** How often each replica's lag and data version are measured. */
  probeIntervalMs: number;
}

export const NO_REPLICAS: ReplicaOptions = { urls: [], maxLagMs: 5_000, probeIntervalMs: 1_000 };

export const REPLICA_OPTIONS = Symbol('REPLICA_OPTIONS');
