import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { ChangeFeed } from '../../changes/change-feed.js';
import { COMMIT_SQL, ROLLBACK_SQL } from '../transactions/transactions.sql.js';
import { currentReadFloor } from './read-floor.js';
import { ReplicaLink } from './replica-link.js';
import { REPLICA_OPTIONS, type ReplicaOptions } from './replica-options.js';
import { BEGIN_SNAPSHOT_SQL, REPLAYED_VERSION_SQL } from './replica-probe.sql.js';
import { replicaStatus, routeRead, type ReplicaStatus } from './replica-routing.js';
import { VersionTimes } from './version-times.js';

/** What /api/health says of one replica (by position: its URL may hold a password). */
export interface ReplicaHealth {
  index: number;
  status: ReplicaStatus;
  lagMs: number | null;
  /** In the read rotation now. */
  used: boolean;
  reads: number;
}

interface Lease {
  link: ReplicaLink;
  runner: QueryRunner;
}

/**
 * Where analytics and export reads run: a streaming replica that is reachable, within REPLICA_MAX_LAG_MS and has
 * replayed the data version the read needs, in turn; the primary otherwise (no replica, this instance's own
 * write settling, every replica down or behind). Writes, sessions, the change feed and migrations never come
 * here: they use the primary's DataSource.
 */
@Injectable()
export class ReadDatabase implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReadDatabase');
  private readonly links: ReplicaLink[];
  private cursor = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly versionTimes = new VersionTimes();

  constructor(
    @InjectDataSource() private readonly primary: DataSource,
    private readonly feed: ChangeFeed,
    @Inject(REPLICA_OPTIONS) private readonly options: ReplicaOptions,
  ) {
    this.links = options.urls.map((url, index) => new ReplicaLink(index, url, this.logger));
    feed.subscribe((event) => {
      if (event.kind === 'data') this.versionTimes.record(event.version, Date.now());
      else if (event.kind === 'lost') this.versionTimes.forget();
      else if (event.kind === 'live') {
        this.versionTimes.forget();
        void this.hearCurrentVersion();
      }
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.links.length === 0) return;
    await this.hearCurrentVersion();
    // A first measurement before the app serves; a replica that is down just starts as down.
    await this.probeAll();
    this.timer = setInterval(() => void this.probeAll(), this.options.probeIntervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(this.links.map((link) => link.close()));
  }

  /** One read statement, on a replica when one may answer it, else on the primary. */
  async query<T = unknown>(sql: string, params?: unknown[]): Promise<T> {
    const lease = await this.leaseReplica(false);
    if (lease) {
      try {
        return (await lease.runner.query(sql, params)) as T;
      } catch (error) {
        // A lost replica, or a statement cancelled by a conflict with replay: the primary answers instead.
        lease.link.failed(error);
      } finally {
        await lease.runner.release();
      }
    }
    return this.primary.query<T>(sql, params);
  }

  /**
   * The batches `read` yields, read in one read-only snapshot on a connection of its own (a replica's when one
   * may answer, else the primary's): the snapshot stays open across the batches, and is rolled back and
   * released when the consumer stops early. `tx.queryRunner` is the
   * connection (`await tx.queryRunner!.connect()` gives its pg client, e.g. for COPY).
   */
  async *streamReadOnly<T>(
    read: (tx: EntityManager) => AsyncGenerator<T, void, undefined>,
  ): AsyncGenerator<T, void, undefined> {
    const runner = (await this.leaseReplica(true))?.runner ?? (await this.primarySnapshot());
    let inTransaction = true;
    try {
      yield* read(runner.manager);
      await runner.query(COMMIT_SQL);
      inTransaction = false;
    } finally {
      if (inTransaction) await runner.query(ROLLBACK_SQL).catch(() => undefined);
      await runner.release();
    }
  }

  /** Each replica's state, for /api/health. */
  replicaHealth(): ReplicaHealth[] {
    return this.links.map((link) => {
      const status = replicaStatus(link.reading, this.options.maxLagMs);
      const lag = link.reading.lagMs;
      return {
        index: link.index,
        status,
        lagMs: lag === null ? null : Math.round(lag),
        used: status === 'ok',
        reads: link.reads,
      };
    });
  }

  /** Measures every replica now (also done every probeIntervalMs). */
  async probeAll(): Promise<void> {
    await Promise.all(
      this.links.map((link) => link.probe((replayed) => this.versionTimes.lagOf(replayed, Date.now()))),
    );
  }

  /**
   * A connection on a replica that may answer (in a snapshot transaction when `snapshot`), or null for the
   * primary. The data version needed is the one the answer will be cached under (read-floor.ts); outside a
   * cached computation, the primary's current one, so that the read sees every write committed before it.
   */
  private async leaseReplica(snapshot: boolean): Promise<Lease | null> {
    const inOwnWriteWindow = this.feed.inOwnWriteWindow();
    if (this.links.length === 0 || inOwnWriteWindow) return null;
    const neededVersion = currentReadFloor() ?? (await this.primaryVersion());
    const readings = this.links.map((link) => link.reading);
    const route = routeRead({
      readings,
      maxLagMs: this.options.maxLagMs,
      inOwnWriteWindow,
      cursor: this.cursor++,
      neededVersion,
    });
    if (route.replica === null) return null;
    const link = this.links[route.replica];
    const runner = await link?.connect();
    if (!link || !runner) return null;
    try {
      if (snapshot) await runner.query(BEGIN_SNAPSHOT_SQL);
      if (!route.checkVersion || (await link.hasReplayed(runner, neededVersion))) return { link, runner };
    } catch (error) {
      link.failed(error);
    }
    if (snapshot) await runner.query(ROLLBACK_SQL).catch(() => undefined);
    await runner.release();
    return null;
  }

  /**
   * The primary's version as heard of now: until the next write, a replica that has it lags by nothing, even
   * through a long transaction (the feed announces versions only as they commit).
   */
  private async hearCurrentVersion(): Promise<void> {
    if (this.links.length === 0) return;
    const version = await this.primaryVersion().catch(() => null);
    if (version !== null) this.versionTimes.record(version, Date.now());
  }

  private async primaryVersion(): Promise<bigint> {
    const rows: { data_version: string }[] = await this.primary.query(REPLAYED_VERSION_SQL);
    return BigInt(rows[0]?.data_version ?? '0');
  }

  private async primarySnapshot(): Promise<QueryRunner> {
    const runner = this.primary.createQueryRunner();
    try {
      await runner.query(BEGIN_SNAPSHOT_SQL);
      return runner;
    } catch (error) {
      await runner.release();
      throw error;
    }
  }
}
