import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssessmentResponse } from '@cpc/domain';
import { updateAssessment } from '../api/assessmentMutations';
import { draftOf, sameDraft, type Draft } from './draft';
import { refreshAssessment } from './refreshAssessment';
import type { EditorFailures } from './useEditorFailures';

/**
 * The answers being edited and the last saved version. A save sends the version it started from, so a
 * concurrent save by someone else is reported instead of overwritten.
 */
export function useDraftSaving(assessment: AssessmentResponse, failures: EditorFailures) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(assessment));
  const [saved, setSaved] = useState<Draft>(draft);
  const [version, setVersion] = useState(assessment.version);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (payload: Draft & { version: number }) => updateAssessment(assessment.id, payload),
  });

  async function save(): Promise<AssessmentResponse | null> {
    const payload = { answers: draft.answers, comments: draft.comments, version };
    failures.setFailure(null);
    try {
      const result = await mutation.mutateAsync(payload);
      setVersion(result.version);
      setSaved({ answers: payload.answers, comments: payload.comments });
      setSavedAt(result.updatedAt);
      failures.setConflict(null);
      refreshAssessment(queryClient, result);
      return result;
    } catch (error) {
      failures.fail(error);
      return null;
    }
  }

  const dirty = !sameDraft(draft, saved);
  return { draft, setDraft, version, savedAt, dirty, save, saving: mutation.isPending };
}

export type DraftSaving = ReturnType<typeof useDraftSaving>;
