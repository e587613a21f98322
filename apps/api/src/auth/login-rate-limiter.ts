import { Inject, Injectable } from '@nestjs/common';
import { AUTH_OPTIONS, type AuthOptions } from './auth-options.js';
import { LoginAttemptsRepository } from './login-attempts.repository.js';

/** Attempts between two clean-ups of finished windows. */
const CLEAN_UP_EVERY = 1_000;

/** Failures in a row on one e-mail are forgotten after this long without another. */
const FAILURES_IN_A_ROW_KEPT_MS = 24 * 3600_000;

/**
 * Sign-in limits, counted in the database so that several instances share them. Fixed windows: every attempt
 * counts against the address, failures also against the address and e-mail pair. Failures in a row on one
 * e-mail, from any address, lock that e-mail for a while, whether or not an account has it: a locked e-mail
 * answers exactly as an over-limit address does, so the lock does not tell which accounts exist.
 */
@Injectable()
export class LoginRateLimiter {
  private attemptsSinceCleanUp = 0;

  constructor(
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
    private readonly attempts: LoginAttemptsRepository,
  ) {}

  /** Seconds to wait when the IP, the IP+e-mail pair or the e-mail is over its limit, else null. */
  async retryAfter(ip: string, email: string): Promise<number | null> {
    const blocked = await this.attempts.findBlockedKeys(
      new Map([
        [ipKey(ip), this.options.loginLimitPerIp],
        [pairKey(ip, email), this.options.loginLimitPerEmail],
        [emailKey(email), this.options.accountLockAfter],
      ]),
    );
    return blocked.size > 0 ? Math.max(...blocked.values()) : null;
  }

  async record(ip: string, email: string, failed: boolean): Promise<void> {
    if (failed) {
      await this.attempts.countAttempts([ipKey(ip), pairKey(ip, email)], this.options.loginWindowMs);
      await this.attempts.countFailureInARow(emailKey(email), {
        lockAfter: this.options.accountLockAfter,
        lockMs: this.options.accountLockMs,
        keptMs: FAILURES_IN_A_ROW_KEPT_MS,
      });
    } else {
      await this.attempts.countAttempts([ipKey(ip)], this.options.loginWindowMs);
      await this.attempts.deleteKeys([pairKey(ip, email), emailKey(email)]);
    }
    if (++this.attemptsSinceCleanUp >= CLEAN_UP_EVERY) {
      this.attemptsSinceCleanUp = 0;
      await this.attempts.deleteExpired();
    }
  }
}

const ipKey = (ip: string) => `ip:${ip}`;
const pairKey = (ip: string, email: string) => `pair:${ip}:${email.toLowerCase()}`;
const emailKey = (email: string) => `email:${email.toLowerCase()}`;
