import { queryOptions } from '@tanstack/react-query';
import type { ActionHistoryResponse, ActionPlanResponse } from '@cpc/domain';
import { fetchJson } from './fetchJson';

/** Query keys of the plans, from the broadest: invalidating ['action-plans'] refreshes them all. */
export const actionPlanKeys = {
  all: ['action-plans'] as const,
  plan: (iso3: string) => [...actionPlanKeys.all, 'plan', iso3] as const,
  history: (iso3: string, id: string) => [...actionPlanKeys.all, 'history', iso3, id] as const,
};

export const actionsPath = (iso3: string) => `/api/countries/${encodeURIComponent(iso3)}/actions`;
export const actionPath = (iso3: string, id: string) => `${actionsPath(iso3)}/${encodeURIComponent(id)}`;

/** A country's plan: its actions, and the candidates from its latest assessment's gaps. */
export function actionPlanQuery(iso3: string) {
  return queryOptions({
    queryKey: actionPlanKeys.plan(iso3),
    queryFn: ({ signal }) => fetchJson<ActionPlanResponse>(actionsPath(iso3), { signal }),
    staleTime: 0,
  });
}

/** Every write of one action, oldest first. */
export function actionHistoryQuery(iso3: string, id: string) {
  return queryOptions({
    queryKey: actionPlanKeys.history(iso3, id),
    queryFn: ({ signal }) => fetchJson<ActionHistoryResponse>(`${actionPath(iso3, id)}/history`, { signal }),
    staleTime: 0,
  });
}
