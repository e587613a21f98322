import {
  clearStoredSession,
  isExpired,
  readStoredSession,
  writeStoredSession,
  type StoredSession,
} from './tokenStorage';

/** Why the last session ended: the login page says "your session expired" only when it did. */
export type SessionEnd = 'signedOut' | 'expired' | null;

/** setTimeout takes at most 2^31 − 1 ms (about 24.8 days). */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * The signed-in session, shared by the API client (which needs the token) and the UI (which needs the
 * user). A tiny external store: React reads it with useSyncExternalStore.
 */
export class SessionStore {
  private session: StoredSession | null;
  private ended: SessionEnd = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly storage: () => Storage = () => window.sessionStorage) {
    this.session = readStoredSession(storage());
    this.scheduleExpiry();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly get = (): StoredSession | null => this.session;

  token(): string | null {
    return this.session?.token ?? null;
  }

  endReason(): SessionEnd {
    return this.ended;
  }

  signIn(session: StoredSession): void {
    writeStoredSession(session, this.storage());
    this.session = session;
    this.ended = null;
    this.scheduleExpiry();
    this.emit();
  }

  signOut(): void {
    this.end('signedOut');
  }

  /** The API refused the token (401) or its time is up: the reader must sign in again. */
  expire(): void {
    if (this.session) this.end('expired');
  }

  private end(reason: Exclude<SessionEnd, null>): void {
    clearStoredSession(this.storage());
    clearTimeout(this.timer);
    this.session = null;
    this.ended = reason;
    this.emit();
  }

  private scheduleExpiry(): void {
    clearTimeout(this.timer);
    const session = this.session;
    if (!session) return;
    if (isExpired(session, Date.now())) {
      this.session = null;
      return;
    }
    const delay = Math.min(MAX_TIMER_MS, Date.parse(session.expiresAt) - Date.now());
    this.timer = setTimeout(() => {
      this.expire();
    }, delay);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

export const sessionStore = new SessionStore();
