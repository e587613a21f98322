import { vi } from 'vitest';
import { groupings, meta } from './fixtures';

export interface FakeRequest {
  method: string;
  path: string;
  url: URL;
  body: unknown;
  authorization: string | null;
  /** The X-CSRF-Token header, which the page sends on writes. */
  csrfToken: string | null;
  /** Whether cookies go with the request (the session is a cookie). */
  credentials: RequestCredentials | undefined;
}

export interface FakeReply {
  status?: number;
  /** Sent as JSON, or as it is when text (a CSV file). */
  body?: unknown;
  /** Content-Type is JSON unless given. */
  headers?: Record<string, string>;
}

export type FakeHandler = (request: FakeRequest) => FakeReply;

const COUNTRIES = {
  countries: [
    { iso3: 'FRA', iso2: 'FR', name: { en: 'France', fr: 'France' } },
    { iso3: 'KEN', iso2: 'KE', name: { en: 'Kenya', fr: 'Kenya' } },
  ],
};

/** A country's preference as never changed: confidential, the default. */
export const defaultDisclosure = (iso3: string) => ({ iso3, level: 'confidential', updatedAt: null, updatedBy: null });

/** What every page may read besides its own resources. */
const DEFAULT_ROUTES: Record<string, FakeHandler> = {
  'GET /api/meta': () => ({ body: meta }),
  'GET /api/groupings': () => ({ body: groupings }),
  'GET /api/countries': () => ({ body: COUNTRIES }),
  'GET /api/auth/config': () => ({ body: { demoUsers: [] } }),
  'GET /api/auth/session': () => ({ body: { session: null } }),
  'GET /api/countries/FRA/disclosure': () => ({ body: defaultDisclosure('FRA') }),
  'GET /api/countries/KEN/disclosure': () => ({ body: defaultDisclosure('KEN') }),
  'GET /api/countries/FRA/disclosure/history': () => ({ body: { iso3: 'FRA', items: [] } }),
  'GET /api/countries/KEN/disclosure/history': () => ({ body: { iso3: 'KEN', items: [] } }),
};

/**
 * Replaces fetch with an API that answers `METHOD /path` routes (query strings aside) and records every
 * request, so a test can check what was sent. An unknown route answers 404.
 */
export function fakeApi(routes: Record<string, FakeHandler>) {
  const requests: FakeRequest[] = [];
  const all = { ...DEFAULT_ROUTES, ...routes };
  const fetchMock = vi.fn((input: string, init?: RequestInit) => {
    const url = new URL(input, 'http://localhost');
    const method = init?.method ?? 'GET';
    const headers = new Headers(init?.headers);
    const raw = init?.body;
    const request: FakeRequest = {
      method,
      path: url.pathname,
      url,
      body: typeof raw === 'string' ? JSON.parse(raw) : (raw ?? null),
      authorization: headers.get('Authorization'),
      csrfToken: headers.get('X-CSRF-Token'),
      credentials: init?.credentials,
    };
    requests.push(request);
    const handler = all[`${method} ${url.pathname}`];
    const reply = handler ? handler(request) : { status: 404, body: { statusCode: 404, message: 'Not found' } };
    const status = reply.status ?? 200;
    return Promise.resolve(
      new Response(
        status === 204 ? null : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {}),
        { status, headers: { 'Content-Type': 'application/json', ...reply.headers } },
      ),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    requests,
    fetchMock,
    sent: (method: string, path: string) => requests.filter((r) => r.method === method && r.path === path),
  };
}
