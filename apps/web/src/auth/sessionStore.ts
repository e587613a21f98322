import { askApiForSession, isExpired, type Session } from './session';
import { broadcastChannel, type SessionChannel, type SessionMessage } from './sessionChannel';

/** Why the last session ended: the login page says "your session expired" only when it did. */
export type SessionEnd = 'signedOut' | 'expired' | null;

/** What the UI reads: whether the API has answered yet, and the session it told of. */
export interface SessionState {
  /** False until the API says who the cookie signs in: the app shows nothing of a page before. */
  known: boolean;
  session: Session | null;
}

export interface SessionStoreDeps {
  askApi: () => Promise<Session | null>;
  channel: SessionChannel;
  /** Starts the page afresh: another user signed in in another tab, and this tab's cache holds the last one's data. */
  reload: () => void;
}

/** setTimeout takes at most 2^31 − 1 ms (about 24.8 days). */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * The session shared by the API client (which needs the CSRF token) and the UI (which needs the user): a tiny
 * external store that React reads with useSyncExternalStore. The browser keeps the session itself, as a cookie
 * every tab sends; this store learns of it from the API when the page opens, and tells the other tabs when it
 * signs in or out.
 */
export class SessionStore {
  private state: SessionState = { known: false, session: null };
  private ended: SessionEnd = null;
  /** The user whose data this tab may hold in its cache, until the page reloads. */
  private lastUserId: string | null = null;
  private checking: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly deps: SessionStoreDeps;

  constructor(deps: Partial<SessionStoreDeps> = {}) {
    this.deps = {
      askApi: askApiForSession,
      channel: broadcastChannel(),
      reload: () => {
        window.location.reload();
      },
      ...deps,
    };
  }

  /** Subscribing is what starts the question to the API, once: a page that renders needs the answer. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    void this.check();
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = (): SessionState => this.state;

  readonly get = (): Session | null => this.state.session;

  csrfToken(): string | null {
    return this.state.session?.csrfToken ?? null;
  }

  endReason(): SessionEnd {
    return this.ended;
  }

  /** Asks the API who is signed in, unless known already or being asked; resolves once known. */
  check(): Promise<void> {
    if (this.state.known) return Promise.resolve();
    this.checking ??= this.refresh();
    return this.checking;
  }

  /** Asks the API again (another tab signed in, or the CSRF token was refused): the cookie may have changed. */
  async refresh(): Promise<void> {
    this.listen();
    const session = await this.deps.askApi();
    if (session) this.adopt(session);
    else if (this.state.session) this.end('expired');
    else this.set({ known: true, session: null });
  }

  /** After this tab's sign-in; the other tabs are told, and ask the API. */
  signIn({ user, expiresAt, csrfToken }: Session): void {
    this.ended = null;
    this.lastUserId = user.id;
    this.set({ known: true, session: { user, expiresAt, csrfToken } });
    this.deps.channel.post({ kind: 'signedIn', userId: user.id });
  }

  /** After this tab's sign-out: every tab of the browser goes to the login page. */
  signOut(): void {
    this.end('signedOut');
    this.deps.channel.post({ kind: 'signedOut' });
  }

  /** The API refused the session (401) or its time is up: the reader must sign in again, in every tab. */
  expire(): void {
    if (!this.state.session) return;
    this.end('expired');
    this.deps.channel.post({ kind: 'expired' });
  }

  private listening = false;

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    this.deps.channel.listen((message) => {
      this.receive(message);
    });
  }

  private receive(message: SessionMessage): void {
    if (message.kind === 'signedIn') void this.refresh();
    else if (this.state.session) this.end(message.kind);
  }

  /** A session the API told of: a different user than this tab's cache was filled for starts the page afresh. */
  private adopt(session: Session): void {
    if (this.lastUserId !== null && this.lastUserId !== session.user.id) {
      this.deps.reload();
      return;
    }
    this.lastUserId = session.user.id;
    this.ended = null;
    this.set({ known: true, session });
  }

  private end(reason: Exclude<SessionEnd, null>): void {
    this.ended = reason;
    this.set({ known: true, session: null });
  }

  private set(state: SessionState): void {
    this.listen();
    this.state = state.session && isExpired(state.session, Date.now()) ? { known: true, session: null } : state;
    this.checking = null;
    this.scheduleExpiry();
    for (const listener of this.listeners) listener();
  }

  private scheduleExpiry(): void {
    clearTimeout(this.timer);
    const session = this.state.session;
    if (!session) return;
    const delay = Math.min(MAX_TIMER_MS, Date.parse(session.expiresAt) - Date.now());
    this.timer = setTimeout(() => {
      this.expire();
    }, delay);
  }
}

export const sessionStore = new SessionStore();
