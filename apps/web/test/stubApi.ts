import { vi } from 'vitest';
import type { LevelsResponse, MaturityResponse } from '@cpc/domain';
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

/** The levels endpoint as the API derives it from the maturity figures of the same grouping. */
export function levelsOf(maturity: MaturityResponse, kind: 'computed' | 'self' = 'computed'): LevelsResponse {
  return {
    grouping: maturity.grouping,
    from: maturity.from,
    to: maturity.to,
    kind,
    protected: maturity.protected,
    series: maturity.series.map((p) => ({
      region: p.region,
      regionName: p.regionName,
      year: p.year,
      members: p.members,
      assessed: p.assessed,
      levels: kind === 'self' ? p.selfLevels : p.levels,
      notAssessed: p.assessed === null ? null : p.members - p.assessed,
      suppressed: p.suppressed,
    })),
  };
}

/**
 * Replaces the global fetch with the API resources the overview reads.
 * Returns the mock so a test can inspect the requested URLs.
 */
export function stubApi(maturity: MaturityHandler = serveFixtures) {
  const fetchMock = vi.fn((input: string) => {
    const url = new URL(input, 'http://localhost');
    let reply: StubReply;
    if (url.pathname === '/api/meta') reply = { body: meta };
    else if (url.pathname === '/api/groupings') reply = { body: groupings };
    else if (url.pathname === '/api/analytics/maturity') reply = maturity(url.searchParams);
    else if (url.pathname === '/api/analytics/levels') {
      const body = defaultMaturity[url.searchParams.get('grouping') ?? ''];
      reply = body ? { body: levelsOf(body) } : { status: 404, body: { statusCode: 404, message: 'Unknown grouping' } };
    } else reply = { status: 404, body: { statusCode: 404, message: 'Not found' } };
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
