import { queryOptions } from '@tanstack/react-query';
import type { DisclosureHistoryResponse, DisclosureResponse } from '@cpc/domain';
import { fetchJson } from './fetchJson';

/** Query keys of the disclosure preferences: invalidating `of(iso3)` refreshes a country's level and history. */
export const disclosureKeys = {
  all: ['disclosure'] as const,
  of: (iso3: string) => [...disclosureKeys.all, iso3] as const,
  level: (iso3: string) => [...disclosureKeys.of(iso3), 'level'] as const,
  history: (iso3: string) => [...disclosureKeys.of(iso3), 'history'] as const,
};

export const disclosurePath = (iso3: string) => `/api/countries/${encodeURIComponent(iso3)}/disclosure`;

/** Who may see a country's country-level figures: any signed-in user may read it. */
export function disclosureQuery(iso3: string) {
  return queryOptions({
    queryKey: disclosureKeys.level(iso3),
    queryFn: ({ signal }) => fetchJson<DisclosureResponse>(disclosurePath(iso3), { signal }),
  });
}

/** The changes of a country's preference, newest first: analysts, admins and the country's own national users. */
export function disclosureHistoryQuery(iso3: string) {
  return queryOptions({
    queryKey: disclosureKeys.history(iso3),
    queryFn: ({ signal }) => fetchJson<DisclosureHistoryResponse>(`${disclosurePath(iso3)}/history`, { signal }),
  });
}
