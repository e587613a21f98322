import { Inject, Injectable } from '@nestjs/common';
import { AUTH_OPTIONS, type AuthOptions } from './auth-options.js';

/** Fixed windows per key, in memory: enough to slow password guessing against one instance. */
@Injectable()
export class LoginRateLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();

  constructor(@Inject(AUTH_OPTIONS) private readonly options: AuthOptions) {}

  /** Seconds to wait when either the IP or the IP+e-mail pair is over its limit, else null. */
  retryAfter(ip: string, email: string): number | null {
    const now = Date.now();
    const waits = [
      this.wait(`ip:${ip}`, this.options.loginLimitPerIp, now),
      this.wait(`pair:${ip}:${email}`, this.options.loginLimitPerEmail, now),
    ];
    const blocked = waits.filter((w): w is number => w !== null);
    return blocked.length > 0 ? Math.max(...blocked) : null;
  }

  /** Every attempt counts against the IP; failures also count against the e-mail. */
  record(ip: string, email: string, failed: boolean): void {
    const now = Date.now();
    this.bump(`ip:${ip}`, now);
    if (failed) this.bump(`pair:${ip}:${email}`, now);
    else this.hits.delete(`pair:${ip}:${email}`);
  }

  private wait(key: string, limit: number, now: number): number | null {
    const entry = this.hits.get(key);
    if (!entry || entry.resetAt <= now || entry.count < limit) return null;
    return Math.ceil((entry.resetAt - now) / 1000);
  }

  private bump(key: string, now: number): void {
    const entry = this.hits.get(key);
    if (!entry || entry.resetAt <= now) this.hits.set(key, { count: 1, resetAt: now + this.options.loginWindowMs });
    else entry.count += 1;
  }
}
