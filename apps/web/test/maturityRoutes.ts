import { levelsOfMaturity, type LevelsResponse, type MaturityResponse } from '@cpc/domain';
import type { FakeHandler, FakeReply } from './fakeApi';
import { unMaturity, wcoMaturity } from './fixtures';

/** Answers a maturity request from its query parameters. */
export type MaturityHandler = (params: URLSearchParams) => FakeReply;

const defaultMaturity: Record<string, MaturityResponse> = { wco: wcoMaturity, un: unMaturity };

const unknownGrouping: FakeReply = { status: 404, body: { statusCode: 404, message: 'Unknown grouping' } };

/** The fixtures' maturity figures of the grouping asked for, or 404 for an unknown grouping. */
export const serveFixtures: MaturityHandler = (params) => {
  const body = defaultMaturity[params.get('grouping') ?? ''];
  return body ? { body } : unknownGrouping;
};

/** The levels endpoint as the API derives it from the maturity figures of the same grouping. */
export function levelsOf(maturity: MaturityResponse, kind: 'computed' | 'self' = 'computed'): LevelsResponse {
  return levelsOfMaturity(maturity, kind);
}

/**
 * The fakeApi routes the overview reads: maturity figures (from `maturity`, the fixtures by default) and
 * the computed levels of the fixtures' grouping.
 */
export function maturityRoutes(maturity: MaturityHandler = serveFixtures): Record<string, FakeHandler> {
  return {
    'GET /api/analytics/maturity': (request) => maturity(request.url.searchParams),
    'GET /api/analytics/levels': (request) => {
      const body = defaultMaturity[request.url.searchParams.get('grouping') ?? ''];
      return body ? { body: levelsOf(body) } : unknownGrouping;
    },
  };
}
