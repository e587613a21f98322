import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import type { DataSource } from 'typeorm';

/** The channel the migration ChangeNotifications1795776000000 notifies on. */
export const CHANGES_CHANNEL = 'cpc_changes';
const RECONNECT_MS = 1_000;
/**
 * How long after one of its own writes this instance keeps reading through to the database: the write's
 * notification travels on another connection and may arrive after the client's next request.
 */
const WRITE_SETTLE_MS = 2_000;

export type ChangeEvent =
  | { kind: 'data'; version: bigint }
  | { kind: 'sessions' }
  /** The feed (re)connected, or was lost: anything kept in memory may have missed changes. */
  | { kind: 'live' }
  | { kind: 'lost' };

/**
 * Committed changes, as PostgreSQL announces them (LISTEN). In-memory state (the analytics data version,
 * signed-in sessions) may be served without a database read only while `isTrustworthy()`; when the
 * connection drops, it reconnects every second and readers go to the database meanwhile.
 */
@Injectable()
export class ChangeFeed implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ChangeFeed');
  private readonly subscribers = new Set<(event: ChangeEvent) => void>();
  private readonly dropped = new WeakSet<pg.Client>();
  private client: pg.Client | null = null;
  private live = false;
  private closed = false;
  private writesInFlight = 0;
  private settlesAt = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): Promise<void> {
    return this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    if (this.client) await this.drop(this.client);
  }

  subscribe(subscriber: (event: ChangeEvent) => void): void {
    this.subscribers.add(subscriber);
  }

  isLive(): boolean {
    return this.live;
  }

  /** Live, and no write of this instance is in flight or settling. */
  isTrustworthy(): boolean {
    return this.live && !this.inOwnWriteWindow();
  }

  /** A write of this instance is in flight or settling: its next reads must see it (read-your-writes). */
  inOwnWriteWindow(): boolean {
    return this.writesInFlight > 0 || Date.now() < this.settlesAt;
  }

  writeStarted(): void {
    this.writesInFlight++;
  }

  writeEnded(): void {
    this.writesInFlight--;
    this.settlesAt = Date.now() + WRITE_SETTLE_MS;
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    // The same database as the pool (data-source-options.ts always gives a url).
    const { url } = this.dataSource.options as { url?: string };
    const client = new pg.Client({
      connectionString: url,
      application_name: 'cpc-change-feed',
      connectionTimeoutMillis: 3_000,
      keepAlive: true,
    });
    client.on('notification', (message) => {
      this.receive(message.payload);
    });
    client.on('error', (error) => {
      void this.drop(client, error);
    });
    client.on('end', () => {
      void this.drop(client);
    });
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch (error) {
      await this.drop(client, error);
      return;
    }
    // Shutting down, or the connection failed, while LISTEN was on its way.
    if (!this.dropped.has(client)) this.setLive(true);
  }

  private async drop(client: pg.Client, error?: unknown): Promise<void> {
    if (this.dropped.has(client)) return;
    this.dropped.add(client);
    if (this.client === client) this.client = null;
    this.setLive(false);
    if (!this.closed) {
      if (error !== undefined) this.logger.warn(`Change feed lost (${describe(error)}); reading through meanwhile`);
      setTimeout(() => void this.connect(), RECONNECT_MS).unref();
    }
    await client.end().catch(() => undefined);
  }

  private receive(payload: string | undefined): void {
    if (payload === 'sessions') this.emit({ kind: 'sessions' });
    else if (payload?.startsWith('data:')) this.emit({ kind: 'data', version: BigInt(payload.slice(5)) });
  }

  private setLive(live: boolean): void {
    if (this.live === live) return;
    this.live = live;
    this.emit({ kind: live ? 'live' : 'lost' });
  }

  private emit(event: ChangeEvent): void {
    for (const subscriber of this.subscribers) subscriber(event);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : 'unknown error';
}
