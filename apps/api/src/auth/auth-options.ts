export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

export interface AuthOptions {
  sessionTtlMs: number;
  loginWindowMs: number;
  /** Attempts per IP per window. */
  loginLimitPerIp: number;
  /** Failed attempts per IP and e-mail per window. */
  loginLimitPerEmail: number;
  /** Failed sign-ins in a row, from any address, after which an e-mail is locked, whether an account has it or not. */
  accountLockAfter: number;
  accountLockMs: number;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  demoUsers: boolean;
}

export const DEFAULT_AUTH_OPTIONS: AuthOptions = {
  sessionTtlMs: 8 * 3600_000,
  loginWindowMs: 15 * 60_000,
  loginLimitPerIp: 100,
  loginLimitPerEmail: 5,
  accountLockAfter: 10,
  accountLockMs: 15 * 60_000,
  adminEmail: undefined,
  adminPassword: undefined,
  demoUsers: false,
};
