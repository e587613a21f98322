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

  async deleteKey(key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM login_attempts WHERE key = $1', [key]);
  }

  /** Windows that ended more than a day ago: nothing reads them any more. */
  async deleteExpired(): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_attempts WHERE reset_at < now() - interval '1 day'`);
  }
}
