import type { SessionUser } from '@cpc/domain';

/**
 * Where the session token is kept: sessionStorage.
 * - It survives a reload, so a reader does not sign in again on every refresh;
 * - it belongs to one tab and is gone when the tab closes: on a shared office workstation the next
 *   person does not inherit the session (localStorage would keep it for good);
 * - sign-out clears it.
 * The API issues bearer tokens, not cookies, so an HttpOnly cookie is not available; like any script-readable
 * storage this relies on the app never running untrusted scripts (no third-party scripts, no HTML injection).
 */
const STORAGE_KEY = 'cpc.session';

export interface StoredSession {
  token: string;
  /** ISO 8601, from the login response. */
  expiresAt: string;
  user: SessionUser;
}

function isStoredSession(value: unknown): value is StoredSession {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const user = v.user as Record<string, unknown> | null | undefined;
  return (
    typeof v.token === 'string' &&
    v.token.length > 0 &&
    typeof v.expiresAt === 'string' &&
    typeof user === 'object' &&
    user !== null &&
    typeof user.id === 'string' &&
    typeof user.email === 'string' &&
    typeof user.role === 'string' &&
    (typeof user.country === 'string' || user.country === null)
  );
}

export function isExpired(session: StoredSession, now: number): boolean {
  const expiresAt = Date.parse(session.expiresAt);
  return Number.isNaN(expiresAt) || expiresAt <= now;
}

/** The stored session, or null when there is none, it is unreadable or it has expired. */
export function readStoredSession(storage: Storage = window.sessionStorage, now = Date.now()): StoredSession | null {
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled by the browser's privacy settings: the reader then signs in on each load.
    return null;
  }
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isStoredSession(parsed) || isExpired(parsed, now)) return null;
  return parsed;
}

export function writeStoredSession(session: StoredSession, storage: Storage = window.sessionStorage): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(session));
  } catch {
    // Without storage the session still lives in memory until the tab reloads.
  }
}

export function clearStoredSession(storage: Storage = window.sessionStorage): void {
  try {
    storage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored, nothing to clear.
  }
}
