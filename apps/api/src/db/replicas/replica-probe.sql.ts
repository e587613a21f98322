/**
 * A replica's replay lag in milliseconds as PostgreSQL tells it (0 when it has replayed all it received, or when
 * it is no standby at all; else the time since the last transaction it replayed), and the analytics data
 * version it has replayed. The lag is null when it cannot be told (nothing replayed since the replica started
 * while WAL is waiting). It stands in only while the instance cannot tell the lag from the data versions
 * (VersionTimes): it grows through any long transaction on the primary.
 */
export const REPLICA_PROBE_SQL = `
  SELECT
    CASE
      WHEN NOT pg_is_in_recovery() THEN 0
      WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
      ELSE EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()) * 1000
    END::float8 AS lag_ms,
    (SELECT data_version FROM analytics_state WHERE id = 1)::text AS data_version`;

/** The analytics data version a database has (the primary's, or what a replica has replayed of it). */
export const REPLAYED_VERSION_SQL = 'SELECT data_version::text AS data_version FROM analytics_state WHERE id = 1';

/**
 * One snapshot for the whole of a streamed export: its data version is read first, and every later statement
 * sees the same data (a replica replays on, but a repeatable-read transaction keeps its snapshot).
 */
export const BEGIN_SNAPSHOT_SQL = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';
