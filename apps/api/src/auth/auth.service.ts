import type { AuthConfigResponse, LoginRequest, LoginResponse, SessionResponse } from '@cpc/domain';
import { HttpException, HttpStatus, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { DEMO_ACCOUNTS } from '../users/demo-accounts.js';
import { UserRepository } from '../users/user.repository.js';
import { AUTH_OPTIONS, type AuthOptions } from './auth-options.js';
import { csrfTokenFor } from './csrf.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { DUMMY_HASH, verifyPassword } from './passwords.js';
import type { AuthenticatedUser } from './principal.js';
import { SessionRepository } from './session.repository.js';
import { generateToken, hashToken } from './tokens.js';

const BAD_CREDENTIALS = 'Wrong e-mail or password';

@Injectable()
export class AuthService {
  constructor(
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly limiter: LoginRateLimiter,
  ) {}

  async login(request: LoginRequest, ip: string): Promise<LoginResponse> {
    // Limits and locks are looked up by address and e-mail, before the account: a locked e-mail answers the
    // same 429 whether an account has it or not, whatever the password.
    const wait = await this.limiter.retryAfter(ip, request.email);
    if (wait !== null) throw tooManyAttempts(wait);
    const user = await this.users.findCredentialsByEmail(request.email);
    // The same work and the same answer whether the e-mail is unknown or the password wrong.
    const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, request.password);
    const ok = valid && user !== null && !user.disabled;
    await this.limiter.record(ip, request.email, !ok);
    if (!ok)
      throw new UnauthorizedException({ statusCode: 401, code: 'invalid_credentials', message: BAD_CREDENTIALS });
    const token = generateToken();
    const expiresAt = new Date(Date.now() + this.options.sessionTtlMs);
    await this.sessions.createSession(user.id, hashToken(token), expiresAt);
    return {
      token,
      expiresAt: expiresAt.toISOString(),
      user: { id: user.id, email: user.email, role: user.role, country: user.country },
      csrfToken: csrfTokenFor(token),
    };
  }

  /** Who the presented token signs in, for a page that has only the cookie; null for none, or an ended session. */
  async currentSession(token: string | null): Promise<SessionResponse> {
    if (token === null) return { session: null };
    const found = await this.sessions.findActiveSession(hashToken(token));
    if (!found) return { session: null };
    const { id, email, role, country } = found.user;
    return {
      session: {
        user: { id, email, role, country },
        expiresAt: found.expiresAt.toISOString(),
        csrfToken: csrfTokenFor(token),
      },
    };
  }

  /** What the login page may show: the demo accounts, in demo mode only. */
  publicConfig(): AuthConfigResponse {
    return { demoUsers: this.options.demoUsers ? DEMO_ACCOUNTS : [] };
  }

  async logout(user: AuthenticatedUser): Promise<void> {
    await this.sessions.revokeSession(user.sessionId);
  }
}

function tooManyAttempts(wait: number): HttpException {
  return new HttpException(
    {
      statusCode: 429,
      code: 'too_many_attempts',
      params: { wait },
      message: `Too many sign-in attempts; try again in ${wait} s`,
      retryAfter: wait,
    },
    HttpStatus.TOO_MANY_REQUESTS,
  );
}
