import type { SessionUser } from '@cpc/domain';

/**
 * What the page knows of its session. No token: the session token lives in an HttpOnly cookie no script can
 * read (docs/security.md). The CSRF token proves a write comes from this page; it is useless without the cookie.
 */
export interface Session {
  user: SessionUser;
  /** ISO 8601, from the API. */
  expiresAt: string;
  csrfToken: string;
}

export function isExpired(session: Session, now: number): boolean {
  const expiresAt = Date.parse(session.expiresAt);
  return Number.isNaN(expiresAt) || expiresAt <= now;
}

/**
 * Who the session cookie signs in, asked of the API (GET /api/auth/session): a new tab learns it this way.
 * Plain fetch, not the API client, which itself reads the session. Null when nobody is signed in, or the API
 * cannot be reached (the login page then says so when the reader tries).
 */
export async function askApiForSession(): Promise<Session | null> {
  try {
    const response = await fetch('/api/auth/session', {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) return null;
    const body = (await response.json()) as { session?: Session | null };
    return body.session ?? null;
  } catch {
    return null;
  }
}
