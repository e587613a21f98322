import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createAction, deleteAction, updateAction } from '../api/actionPlanMutations';
import { actionPlanKeys } from '../api/actionPlanQueries';
import type { CreateActionRequest, UpdateActionRequest } from './types';

interface UpdateVariables {
  id: string;
  request: UpdateActionRequest;
}

/** The plan's writes; each refreshes the plan and the histories, a refused one too (a 409 shows what is there). */
export function useActionWrites(iso3: string) {
  const client = useQueryClient();
  const onSettled = () => client.invalidateQueries({ queryKey: actionPlanKeys.all });
  const create = useMutation({
    mutationFn: (request: CreateActionRequest) => createAction(iso3, request),
    onSettled,
  });
  const update = useMutation({
    mutationFn: ({ id, request }: UpdateVariables) => updateAction(iso3, id, request),
    onSettled,
  });
  const remove = useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => deleteAction(iso3, id, version),
    onSettled,
  });
  return { create, update, remove };
}

export type ActionWrites = ReturnType<typeof useActionWrites>;
