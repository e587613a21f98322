import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  BLOCKED_KEYS_SQL,
  COUNT_ATTEMPTS_SQL,
  COUNT_FAILURE_IN_A_ROW_SQL,
  DELETE_EXPIRED_SQL,
  DELETE_KEYS_SQL,
} from './login-attempts.sql.js';

/** The fixed-window sign-in counters (login_attempts), shared by every instance. */
@Injectable()
export class LoginAttemptsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Seconds left in the window of each key at or over `limit`, keyed by key. */
  async findBlockedKeys(limits: Map<string, number>): Promise<Map<string, number>> {
    const rows: { key: string; wait: number }[] = await this.dataSource.query(BLOCKED_KEYS_SQL, [
      [...limits.keys()],
      [...limits.values()],
    ]);
    return new Map(rows.map((r) => [r.key, Math.max(1, r.wait)]));
  }

  /** One more attempt for each key; a key whose window has passed starts a new one. */
  async countAttempts(keys: string[], windowMs: number): Promise<void> {
    await this.dataSource.query(COUNT_ATTEMPTS_SQL, [keys, windowMs]);
  }

  /**
   * One more failure in a row for `key`. The failure that brings the count to `lockAfter` sets the window's
   * end `lockMs` ahead: the key is then over its limit (findBlockedKeys) until then. Any other failure sets it
   * `keptMs` ahead. A failure after the window's end, once a lock has passed or the failures are forgotten,
   * starts the count again.
   */
  async countFailureInARow(key: string, limits: { lockAfter: number; lockMs: number; keptMs: number }): Promise<void> {
    await this.dataSource.query(COUNT_FAILURE_IN_A_ROW_SQL, [key, limits.lockAfter, limits.lockMs, limits.keptMs]);
  }

  async deleteKeys(keys: string[]): Promise<void> {
    await this.dataSource.query(DELETE_KEYS_SQL, [keys]);
  }

  /** Windows that ended more than a day ago: nothing reads them any more. */
  async deleteExpired(): Promise<void> {
    await this.dataSource.query(DELETE_EXPIRED_SQL);
  }
}
