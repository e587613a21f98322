import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** The fixed-window sign-in counters (login_attempts), shared by every instance. */
@Injectable()
export class LoginAttemptsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Seconds left in the window of each key at or over `limit`, keyed by key. */
  async findBlockedKeys(limits: Map<string, number>): Promise<Map<string, number>> {
    const rows: { key: string; wait: number }[] = await this.dataSource.query(
      `SELECT a.key, ceil(extract(epoch FROM a.reset_at - now()))::int AS wait
       FROM login_attempts a JOIN unnest($1::text[], $2::int[]) AS l(key, max_count) ON l.key = a.key
       WHERE a.reset_at > now() AND a.count >= l.max_count`,
      [[...limits.keys()], [...limits.values()]],
    );
    return new Map(rows.map((r) => [r.key, Math.max(1, r.wait)]));
  }

  /** One more attempt for each key; a key whose window has passed starts a new one. */
  async countAttempts(keys: string[], windowMs: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO login_attempts (key, count, reset_at)
       SELECT k, 1, now() + make_interval(secs => $2::double precision / 1000) FROM unnest($1::text[]) AS k
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN login_attempts.reset_at <= now() THEN 1 ELSE login_attempts.count + 1 END,
         reset_at = CASE WHEN login_attempts.reset_at <= now() THEN EXCLUDED.reset_at ELSE login_attempts.reset_at END`,
      [keys, windowMs],
    );
  }

  /**
   * One more failure in a row for `key`. The failure that brings the count to `lockAfter` sets the window's
   * end `lockMs` ahead: the key is then over its limit (findBlockedKeys) until then. Any other failure sets it
   * `keptMs` ahead. A failure after the window's end, once a lock has passed or the failures are forgotten,
   * starts the count again.
   */
  async countFailureInARow(key: string, limits: { lockAfter: number; lockMs: number; keptMs: number }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO login_attempts AS a (key, count, reset_at)
       VALUES ($1, 1, now() + (CASE WHEN 1 >= $2::int THEN $3::double precision ELSE $4::double precision END)
                                * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN a.reset_at <= now() THEN 1 ELSE a.count + 1 END,
         reset_at = now() + (CASE WHEN (CASE WHEN a.reset_at <= now() THEN 1 ELSE a.count + 1 END) >= $2::int
                                  THEN $3::double precision ELSE $4::double precision END) * interval '1 millisecond'`,
      [key, limits.lockAfter, limits.lockMs, limits.keptMs],
    );
  }

  async deleteKeys(keys: string[]): Promise<void> {
    await this.dataSource.query('DELETE FROM login_attempts WHERE key = ANY($1::text[])', [keys]);
  }

  /** Windows that ended more than a day ago: nothing reads them any more. */
  async deleteExpired(): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_attempts WHERE reset_at < now() - interval '1 day'`);
  }
}
