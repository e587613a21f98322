import { vi } from 'vitest';
import type { MaturityResponse } from '@cpc/domain';
import { groupings, meta, unMaturity, wcoMaturity } from './fixtures';

export interface StubReply {
  status?: number;
  body: unknown;
}

export type MaturityHandler = (params: URLSearchParams) => StubReply;

const defaultMaturity: Record<string, MaturityResponse> = { wco: wcoMaturity, un: unMaturity };

export const serveFixtures: MaturityHandler = (params) => {
  const body = defaultMaturity[params.get('grouping') ?? ''];
  return body ? { body } : { status: 404, body: { statusCode: 404, message: 'Unknown grouping' } };
};

/**
 * Replaces the global fetch with the three API resources the page reads.
 * Returns the mock so a test can inspect the requested URLs.
 */
export function stubApi(maturity: MaturityHandler = serveFixtures) {
  const fetchMock = vi.fn((input: string) => {
    const url = new URL(input, 'http://localhost');
    let reply: StubReply;
    if (url.pathname === '/api/meta') reply = { body: meta };
    else if (url.pathname === '/api/groupings') reply = { body: groupings };
    else if (url.pathname === '/api/analytics/maturity') reply = maturity(url.searchParams);
    else reply = { status: 404, body: { statusCode: 404, message: 'Not found' } };
    return Promise.resolve(
      new Response(JSON.stringify(reply.body), {
        status: reply.status ?? 200,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
