import { describe, expect, it, vi } from 'vitest';
import {
  clearStoredSession,
  readStoredSession,
  writeStoredSession,
  type StoredSession,
} from '../src/auth/tokenStorage';
import { SessionStore, sessionStore } from '../src/auth/sessionStore';
import { apiRequest } from '../src/api/apiRequest';
import { fakeApi } from './fakeApi';

const NOW = Date.parse('2026-11-27T10:00:00.000Z');
const SESSION: StoredSession = {
  token: 'abc123',
  expiresAt: '2026-11-27T18:00:00.000Z',
  user: { id: 'u1', email: 'coordinator.fra@example.org', role: 'coordinator', country: 'FRA' },
};

describe('token storage', () => {
  it('keeps the session in sessionStorage (tab-scoped), never in localStorage', () => {
    writeStoredSession(SESSION);
    expect(JSON.parse(window.sessionStorage.getItem('cpc.session') ?? 'null')).toEqual(SESSION);
    expect(window.localStorage.length).toBe(0);
    expect(readStoredSession(window.sessionStorage, NOW)).toEqual(SESSION);
  });

  it('forgets the session on clear', () => {
    writeStoredSession(SESSION);
    clearStoredSession();
    expect(window.sessionStorage.getItem('cpc.session')).toBeNull();
    expect(readStoredSession(window.sessionStorage, NOW)).toBeNull();
  });

  it('ignores an expired session', () => {
    writeStoredSession(SESSION);
    expect(readStoredSession(window.sessionStorage, Date.parse('2026-11-27T18:00:00.000Z'))).toBeNull();
    expect(readStoredSession(window.sessionStorage, Date.parse('2026-11-27T17:59:59.000Z'))).toEqual(SESSION);
  });

  it('ignores what it cannot read', () => {
    window.sessionStorage.setItem('cpc.session', '{not json');
    expect(readStoredSession(window.sessionStorage, NOW)).toBeNull();
    window.sessionStorage.setItem('cpc.session', JSON.stringify({ token: 'abc', expiresAt: SESSION.expiresAt }));
    expect(readStoredSession(window.sessionStorage, NOW)).toBeNull();
  });

  it('survives a storage the browser refuses', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    expect(readStoredSession(broken, NOW)).toBeNull();
    expect(() => {
      writeStoredSession(SESSION, broken);
      clearStoredSession(broken);
    }).not.toThrow();
  });
});

describe('session store', () => {
  it('restores the session of this tab after a reload', () => {
    writeStoredSession({ ...SESSION, expiresAt: '2999-01-01T00:00:00.000Z' });
    const restored = new SessionStore();
    expect(restored.get()?.user.email).toBe('coordinator.fra@example.org');
    expect(restored.token()).toBe('abc123');
  });

  it('clears storage and tells its listeners on sign-out', () => {
    const store = new SessionStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.signIn({ ...SESSION, expiresAt: '2999-01-01T00:00:00.000Z' });
    expect(window.sessionStorage.getItem('cpc.session')).not.toBeNull();
    store.signOut();
    expect(store.get()).toBeNull();
    expect(store.endReason()).toBe('signedOut');
    expect(window.sessionStorage.getItem('cpc.session')).toBeNull();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('expires by itself when the session’s time is up', () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(NOW);
      const store = new SessionStore();
      store.signIn(SESSION);
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
  it('sends the token as a bearer header', async () => {
    sessionStore.signIn({ ...SESSION, expiresAt: '2999-01-01T00:00:00.000Z' });
    const api = fakeApi({ 'GET /api/assessments': () => ({ body: { assessments: [] } }) });
    await apiRequest('/api/assessments');
    expect(api.requests[0]?.authorization).toBe('Bearer abc123');
  });

  it('ends the session as expired when the API refuses the token', async () => {
    sessionStore.signIn({ ...SESSION, expiresAt: '2999-01-01T00:00:00.000Z' });
    fakeApi({
      'GET /api/meta': () => ({ status: 401, body: { statusCode: 401, message: 'The session has expired' } }),
    });
    await expect(apiRequest('/api/meta')).rejects.toMatchObject({ status: 401 });
    expect(sessionStore.get()).toBeNull();
    expect(sessionStore.endReason()).toBe('expired');
    expect(window.sessionStorage.getItem('cpc.session')).toBeNull();
  });

  it('keeps the session when a 401 is about something else (a failed sign-in)', async () => {
    sessionStore.signIn({ ...SESSION, expiresAt: '2999-01-01T00:00:00.000Z' });
    fakeApi({ 'POST /api/auth/login': () => ({ status: 401, body: { statusCode: 401, message: 'Wrong' } }) });
    await expect(apiRequest('/api/auth/login', { method: 'POST', json: {}, expireOn401: false })).rejects.toMatchObject(
      { status: 401 },
    );
    expect(sessionStore.get()).not.toBeNull();
  });
});
