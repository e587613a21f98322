import { Inject, Injectable } from '@nestjs/common';
import { AUTH_OPTIONS, type AuthOptions } from './auth-options.js';
import { LoginAttemptsRepository } from './login-attempts.repository.js';

/** Attempts between two clean-ups of finished windows. */
const CLEAN_UP_EVERY = 1_000;

/**
 * Fixed windows per key, counted in the database so that several instances share the limits: every attempt
 * counts against the address, failures also against the address and e-mail pair.
 */
@Injectable()
export class LoginRateLimiter {
  private attemptsSinceCleanUp = 0;

  constructor(
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
    private readonly attempts: LoginAttemptsRepository,
  ) {}

  /** Seconds to wait when either the IP or the IP+e-mail pair is over its limit, else null. */
  async retryAfter(ip: string, email: string): Promise<number | null> {
    const blocked = await this.attempts.findBlockedKeys(
      new Map([
        [ipKey(ip), this.options.loginLimitPerIp],
        [pairKey(ip, email), this.options.loginLimitPerEmail],
      ]),
    );
    return blocked.size > 0 ? Math.max(...blocked.values()) : null;
  }

  async record(ip: string, email: string, failed: boolean): Promise<void> {
    const keys = failed ? [ipKey(ip), pairKey(ip, email)] : [ipKey(ip)];
    await this.attempts.countAttempts(keys, this.options.loginWindowMs);
    if (!failed) await this.attempts.deleteKey(pairKey(ip, email));
    if (++this.attemptsSinceCleanUp >= CLEAN_UP_EVERY) {
      this.attemptsSinceCleanUp = 0;
      await this.attempts.deleteExpired();
    }
  }
}

const ipKey = (ip: string) => `ip:${ip}`;
const pairKey = (ip: string, email: string) => `pair:${ip}:${email.toLowerCase()}`;
