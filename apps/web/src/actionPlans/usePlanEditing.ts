import { useState } from 'react';
import { versionConflictOf } from '../api/errorBodies';
import { errorText } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';
import { toCreateRequest, toUpdateRequest, type ActionDraft } from './actionDraft';
import { useActionWrites } from './useActionWrites';
import type { PlanAction } from './types';

/** What the form is open for: a new action (from a candidate or blank), or one of the plan's. */
export type Editing = { draft: ActionDraft; action: PlanAction | null; key: number } | null;

export interface PlanNotice {
  text: string;
  problem: boolean;
}

/**
 * The plan's form and its writes: open it, save it (a new action, or the changed fields at the version read),
 * and say what happened. A 409 closes the form and says so; the plan reloads (useActionWrites).
 */
export function usePlanEditing(iso3: string) {
  const i18n = useI18n();
  const { t } = i18n;
  const writes = useActionWrites(iso3);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<PlanNotice | null>(null);
  const open = (draft: ActionDraft, action: PlanAction | null) => {
    setNotice(null);
    setEditing({ draft, action, key: Date.now() });
  };
  const close = () => {
    setEditing(null);
  };
  const onError = (error: Error) => {
    const conflict = versionConflictOf(error);
    if (conflict) setEditing(null);
    const text = conflict ? t('planConflict', { version: conflict.currentVersion }) : errorText(error, i18n);
    setNotice({ text, problem: true });
  };
  const save = (draft: ActionDraft) => {
    const action = editing?.action ?? null;
    const onSuccess = () => {
      setEditing(null);
      setNotice({ text: t('planSaved'), problem: false });
    };
    if (action)
      writes.update.mutate({ id: action.id, request: toUpdateRequest(draft, action) }, { onSuccess, onError });
    else writes.create.mutate(toCreateRequest(draft), { onSuccess });
  };
  return { writes, editing, notice, open, close, save, onError };
}
