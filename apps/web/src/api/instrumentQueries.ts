import { queryOptions } from '@tanstack/react-query';
import type { Instrument, InstrumentKind, InstrumentListResponse } from '@cpc/domain';
import { fetchJson } from './fetchJson';

export interface InstrumentFilters {
  country?: string;
  kind?: InstrumentKind;
  year?: number;
}

/** Query keys of the register, from the broadest: invalidating ['instruments'] refreshes them all. */
export const instrumentKeys = {
  all: ['instruments'] as const,
  list: (filters: InstrumentFilters) => [...instrumentKeys.all, 'list', filters] as const,
  detail: (id: string) => [...instrumentKeys.all, 'detail', id] as const,
  history: (id: string) => [...instrumentKeys.all, 'history', id] as const,
};

export const instrumentPath = (id: string) => `/api/instruments/${encodeURIComponent(id)}`;

export function instrumentListPath(filters: InstrumentFilters): string {
  const params = new URLSearchParams();
  if (filters.country) params.set('country', filters.country);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.year !== undefined) params.set('year', String(filters.year));
  const query = params.toString();
  return query ? `/api/instruments?${query}` : '/api/instruments';
}

/** A country's instruments (a national user: their own country's, or those it may see). */
export function instrumentListQuery(filters: InstrumentFilters) {
  return queryOptions({
    queryKey: instrumentKeys.list(filters),
    queryFn: ({ signal }) => fetchJson<InstrumentListResponse>(instrumentListPath(filters), { signal }),
    staleTime: 0,
  });
}

export function instrumentQuery(id: string) {
  return queryOptions({
    queryKey: instrumentKeys.detail(id),
    queryFn: ({ signal }) => fetchJson<Instrument>(instrumentPath(id), { signal }),
    staleTime: 0,
  });
}

/** One write of the register's history: who, when, what, and the record before and after. */
export interface InstrumentRevision {
  revision: number;
  action: 'created' | 'updated' | 'deleted' | 'imported';
  at: string;
  by: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

type RawRevision = Partial<Omit<InstrumentRevision, 'by'>> & { actorEmail?: string; by?: string | { email?: string } };

/** The API's revision as the page shows it, whether it names the author as text or as a user. */
function toRevision(raw: RawRevision, index: number): InstrumentRevision {
  const by = typeof raw.by === 'string' ? raw.by : (raw.by?.email ?? raw.actorEmail ?? '');
  return {
    revision: raw.revision ?? index + 1,
    action: raw.action ?? 'updated',
    at: raw.at ?? '',
    by,
    before: raw.before ?? null,
    after: raw.after ?? null,
  };
}

export function instrumentHistoryQuery(id: string) {
  return queryOptions({
    queryKey: instrumentKeys.history(id),
    queryFn: async ({ signal }) => {
      const body = await fetchJson<{ revisions?: RawRevision[] } | RawRevision[]>(`${instrumentPath(id)}/history`, {
        signal,
      });
      const revisions = Array.isArray(body) ? body : (body.revisions ?? []);
      return revisions.map(toRevision);
    },
    staleTime: 0,
  });
}
