import type { CreateActionRequest, PlanAction, UpdateActionRequest } from '@cpc/domain';
import { apiRequest } from './apiRequest';
import { actionPath, actionsPath } from './actionPlanQueries';

export function createAction(iso3: string, request: CreateActionRequest): Promise<PlanAction> {
  return apiRequest<PlanAction>(actionsPath(iso3), { method: 'POST', json: request });
}

/** The fields to change with the version read; a 409 says someone else saved the action meanwhile. */
export function updateAction(iso3: string, id: string, request: UpdateActionRequest): Promise<PlanAction> {
  return apiRequest<PlanAction>(actionPath(iso3, id), { method: 'PATCH', json: request });
}

export function deleteAction(iso3: string, id: string, version: number): Promise<void> {
  return apiRequest<undefined>(`${actionPath(iso3, id)}?version=${version}`, { method: 'DELETE' });
}
