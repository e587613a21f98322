import { describe, expect, it, vi } from 'vitest';
import type { Session } from '../src/auth/session';
import type { SessionChannel, SessionMessage } from '../src/auth/sessionChannel';
import { SessionStore, sessionStore, type SessionStoreDeps } from '../src/auth/sessionStore';
import { apiRequest } from '../src/api/apiRequest';
import { fakeApi } from './fakeApi';

const NOW = Date.parse('2026-11-27T10:00:00.000Z');
const COORDINATOR = { id: 'u1', email: 'coordinator.fra@example.org', role: 'coordinator', country: 'FRA' } as const;
const ANALYST = { id: 'u2', email: 'analyst@example.org', role: 'analyst', country: null } as const;
const SESSION: Session = { csrfToken: 'csrf-1', expiresAt: '2999-01-01T00:00:00.000Z', user: COORDINATOR };

/** The tabs of one browser: every store's messages reach the others, as a BroadcastChannel's do. */
function browserTabs() {
  const listeners: ((m: SessionMessage) => void)[] = [];
  const channel = (): SessionChannel => {
    let own: ((m: SessionMessage) => void) | null = null;
    return {
      post: (message) => {
        for (const listener of listeners) if (listener !== own) listener(message);
      },
      listen: (onMessage) => {
        own = onMessage;
        listeners.push(onMessage);
      },
    };
  };
  let cookieSession: Session | null = null;
  const tab = (deps: Partial<SessionStoreDeps> = {}) =>
    new SessionStore({ askApi: () => Promise.resolve(cookieSession), channel: channel(), reload: vi.fn(), ...deps });
  return {
    tab,
    setCookie: (session: Session | null) => {
      cookieSession = session;
    },
  };
}

describe('a new tab', () => {
  it('knows nothing until the API says who the cookie signs in, then shows that user', async () => {
    const browser = browserTabs();
    browser.setCookie(SESSION);
    const tab = browser.tab();
    expect(tab.snapshot()).toEqual({ known: false, session: null });
    await tab.check();
    expect(tab.snapshot()).toEqual({ known: true, session: SESSION });
    expect(tab.csrfToken()).toBe('csrf-1');
  });

  it('knows nobody is signed in when the API says so', async () => {
    const tab = browserTabs().tab();
    await tab.check();
    expect(tab.snapshot()).toEqual({ known: true, session: null });
  });

  it('keeps no token: a sign-in’s bearer token is dropped, and nothing lands in web storage', () => {
    const tab = browserTabs().tab();
    tab.signIn({ ...SESSION, token: 'bearer-token' } as Session);
    expect(JSON.stringify(tab.snapshot())).not.toContain('bearer-token');
    expect(window.sessionStorage.length).toBe(0);
    expect(window.localStorage.length).toBe(0);
  });
});

describe('tabs of one browser', () => {
  it('sign out together: signing out in one tab ends the session in the others', async () => {
    const browser = browserTabs();
    browser.setCookie(SESSION);
    const first = browser.tab();
    const second = browser.tab();
    await Promise.all([first.check(), second.check()]);
    const listener = vi.fn();
    second.subscribe(listener);
    first.signOut();
    expect(second.get()).toBeNull();
    expect(second.endReason()).toBe('signedOut');
    expect(listener).toHaveBeenCalled();
  });

  it('learn of a sign-in in another tab from the API', async () => {
    const browser = browserTabs();
    const waiting = browser.tab();
    await waiting.check();
    browser.setCookie(SESSION);
    browser.tab().signIn(SESSION);
    await vi.waitFor(() => {
      expect(waiting.get()?.user.email).toBe('coordinator.fra@example.org');
    });
  });

  it('start afresh when another user signs in elsewhere, since the cache holds the last user’s data', async () => {
    const browser = browserTabs();
    const reload = vi.fn();
    browser.setCookie(SESSION);
    const stale = browser.tab({ reload });
    await stale.check();
    const analyst: Session = { ...SESSION, csrfToken: 'csrf-2', user: ANALYST };
    browser.setCookie(analyst);
    browser.tab().signIn(analyst);
    await vi.waitFor(() => {
      expect(reload).toHaveBeenCalledTimes(1);
    });
  });
});

describe('expiry', () => {
  it('ends the session by itself when its time is up', () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(NOW);
      const store = browserTabs().tab();
      store.signIn({ ...SESSION, expiresAt: '2026-11-27T18:00:00.000Z' });
      vi.advanceTimersByTime(8 * 3600_000 - 1);
      expect(store.get()).not.toBeNull();
      vi.advanceTimersByTime(1);
      expect(store.get()).toBeNull();
      expect(store.endReason()).toBe('expired');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the API client and the session', () => {
  it('sends the cookie, no bearer header, and the CSRF token on writes only', async () => {
    sessionStore.signIn(SESSION);
    const api = fakeApi({
      'GET /api/assessments': () => ({ body: { assessments: [] } }),
      'POST /api/assessments': () => ({ status: 201, body: {} }),
    });
    await apiRequest('/api/assessments');
    await apiRequest('/api/assessments', { method: 'POST', json: {} });
    const [read, write] = api.requests;
    expect(read).toMatchObject({ credentials: 'same-origin', authorization: null, csrfToken: null });
    expect(write).toMatchObject({ credentials: 'same-origin', authorization: null, csrfToken: 'csrf-1' });
  });

  it('asks the API for the session again when the CSRF token is refused, and retries once with the new one', async () => {
    sessionStore.signIn(SESSION);
    const api = fakeApi({
      'POST /api/assessments': (r) =>
        r.csrfToken === 'csrf-new'
          ? { status: 201, body: {} }
          : { status: 403, body: { statusCode: 403, code: 'csrf_rejected', message: 'Send the token' } },
      'GET /api/auth/session': () => ({ body: { session: { ...SESSION, csrfToken: 'csrf-new' } } }),
    });
    await apiRequest('/api/assessments', { method: 'POST', json: {} });
    expect(api.sent('POST', '/api/assessments').map((r) => r.csrfToken)).toEqual(['csrf-1', 'csrf-new']);
  });

  it('ends the session as expired when the API refuses the cookie', async () => {
    sessionStore.signIn(SESSION);
    fakeApi({
      'GET /api/meta': () => ({ status: 401, body: { statusCode: 401, message: 'The session has expired' } }),
    });
    await expect(apiRequest('/api/meta')).rejects.toMatchObject({ status: 401 });
    expect(sessionStore.get()).toBeNull();
    expect(sessionStore.endReason()).toBe('expired');
  });

  it('keeps the session when a 401 is about something else (a failed sign-in)', async () => {
    sessionStore.signIn(SESSION);
    fakeApi({ 'POST /api/auth/login': () => ({ status: 401, body: { statusCode: 401, message: 'Wrong' } }) });
    await expect(apiRequest('/api/auth/login', { method: 'POST', json: {}, expireOn401: false })).rejects.toMatchObject(
      { status: 401 },
    );
    expect(sessionStore.get()).not.toBeNull();
  });
});
