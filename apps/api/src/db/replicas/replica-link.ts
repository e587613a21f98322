import type { Logger } from '@nestjs/common';
import pg from 'pg';
import { DataSource, type QueryRunner } from 'typeorm';
import { replicaDataSourceOptions } from '../data-source-options.js';
import { REPLAYED_VERSION_SQL, REPLICA_PROBE_SQL } from './replica-probe.sql.js';
import type { ReplicaReading } from './replica-routing.js';

const PROBE_TIMEOUT_MS = 2_000;
/**
 * Probes in a row that may run out of time before a replica that answered is marked down (HAProxy's `fall`).
 * One can be this process's own stall: a long synchronous step (an import's parse) delays the probe's answer
 * as much as its timer, and the timer fires first. A replica that refuses or fails is marked down at once.
 */
const TIMEOUTS_BEFORE_DOWN = 2;
const UNREACHED: ReplicaReading = { reachable: false, lagMs: null, replayedVersion: null };

/**
 * One streaming replica: its last measurement, and a pool of its own (a TypeORM DataSource, so that a read
 * gets a QueryRunner on exactly this replica). The pool is opened once the replica first answers, so that a
 * replica that is down when the app starts delays nothing.
 */
export class ReplicaLink {
  private current: ReplicaReading = UNREACHED;
  private source: DataSource | null = null;
  private opening: Promise<void> | null = null;
  private served = 0;
  private timeoutsInARow = 0;

  constructor(
    readonly index: number,
    private readonly url: string,
    private readonly logger: Logger,
  ) {}

  get reading(): ReplicaReading {
    return this.current;
  }

  /** Reads served since the app started. */
  get reads(): number {
    return this.served;
  }

  /**
   * Measures the replayed version on a connection of its own, apart from the read pool, and the lag: `lagOf`
   * that version (VersionTimes), or PostgreSQL's own measure when that cannot be told.
   */
  async probe(lagOf: (replayed: bigint | null) => number | null): Promise<void> {
    const client = new pg.Client({
      connectionString: this.url,
      application_name: 'cpc-replica-probe',
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
      query_timeout: PROBE_TIMEOUT_MS,
    });
    client.on('error', () => undefined);
    const started = Date.now();
    try {
      await client.connect();
      const { rows } = await client.query<{ lag_ms: number | null; data_version: string | null }>(REPLICA_PROBE_SQL);
      const row = rows[0];
      const version = row?.data_version == null ? null : BigInt(row.data_version);
      if (!this.current.reachable) this.logger.log(`Replica ${this.index} answers`);
      const replayedVersion = newest(this.current, version);
      this.current = { reachable: true, lagMs: lagOf(replayedVersion) ?? row?.lag_ms ?? null, replayedVersion };
      this.opening ??= this.open();
      await this.opening;
      this.timeoutsInARow = 0;
    } catch (error) {
      if (!this.forgivesTimeout(Date.now() - started)) this.markDown(error);
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  /** A connection on this replica, or null when none can be had (it is then marked down). */
  async connect(): Promise<QueryRunner | null> {
    if (!this.source) return null;
    const runner = this.source.createQueryRunner();
    try {
      await runner.connect();
      this.served++;
      return runner;
    } catch (error) {
      await runner.release();
      this.markDown(error);
      return null;
    }
  }

  /** Whether the replica has replayed data version `version`, asked on the read's own connection. */
  async hasReplayed(runner: QueryRunner, version: bigint): Promise<boolean> {
    const rows = (await runner.query(REPLAYED_VERSION_SQL)) as { data_version: string }[];
    const replayed = BigInt(rows[0]?.data_version ?? '0');
    this.current = { ...this.current, replayedVersion: newest(this.current, replayed) };
    return replayed >= version;
  }

  /** A read on it failed: a lost connection marks it down until the next probe reaches it again. */
  failed(error: unknown): void {
    if (isConnectionError(error)) this.markDown(error);
  }

  async close(): Promise<void> {
    await this.opening?.catch(() => undefined);
    if (this.source?.isInitialized) await this.source.destroy();
    this.source = null;
  }

  private async open(): Promise<void> {
    const source = new DataSource(replicaDataSourceOptions(this.url, this.index));
    try {
      // A restarting replica ends its sessions with an error on every connection: each read that was using one
      // fails and goes to the primary (its clients are GuardedClient: nothing else on the socket is fatal).
      await source.initialize();
      this.source = source;
    } catch (error) {
      // Tried again at the next probe that reaches the replica.
      this.opening = null;
      throw error;
    }
  }

  /** Whether a probe that failed after `elapsedMs` leaves the replica as it was: a first timeout in a row. */
  private forgivesTimeout(elapsedMs: number): boolean {
    // Timers may fire a little early by the wall clock.
    const timedOut = elapsedMs >= PROBE_TIMEOUT_MS * 0.9;
    this.timeoutsInARow = timedOut ? this.timeoutsInARow + 1 : TIMEOUTS_BEFORE_DOWN;
    return this.current.reachable && this.timeoutsInARow < TIMEOUTS_BEFORE_DOWN;
  }

  private markDown(error: unknown): void {
    if (this.current.reachable)
      this.logger.warn(`Replica ${this.index} is down (${describe(error)}): reading from the primary`);
    this.current = UNREACHED;
  }
}

function newest(reading: ReplicaReading, version: bigint | null): bigint | null {
  const known = reading.replayedVersion;
  if (version === null) return known;
  return known === null || version > known ? version : known;
}

/**
 * A connection that failed or was refused, as against a statement that failed (a conflict with recovery, a bad
 * statement): SQLSTATE classes 08 (connection), 53 (resources), 57 (operator intervention, shutdown), or no
 * SQLSTATE at all (a socket error, a timeout).
 */
export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return true;
  return ['08', '53', '57'].includes(code.slice(0, 2));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : 'unknown error';
}
