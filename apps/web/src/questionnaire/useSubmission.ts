import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssessmentResponse } from '@cpc/domain';
import { submitAssessment } from '../api/assessmentMutations';
import { submissionProblemsOf } from '../api/errorBodies';
import { refreshAssessment } from './refreshAssessment';
import { findSubmissionIssues, issuesFromServer, type SubmissionIssue } from './submissionIssues';
import type { DraftSaving } from './useDraftSaving';
import type { EditorFailures } from './useEditorFailures';
import type { NoticeKind } from './useNoticeFocus';

interface SubmissionInput {
  assessment: AssessmentResponse;
  saving: DraftSaving;
  failures: EditorFailures;
  moveFocusTo: (which: NoticeKind) => void;
  onSubmitted: (assessment: AssessmentResponse) => void;
}

/** Submitting: checked here first, confirmed by the reader, then saved if need be and sent. */
export function useSubmission({ assessment, saving, failures, moveFocusTo, onSubmitted }: SubmissionInput) {
  const queryClient = useQueryClient();
  const [issues, setIssues] = useState<SubmissionIssue[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({ mutationFn: (v: number) => submitAssessment(assessment.id, v) });

  function requestSubmit() {
    // The same rules as the API's, checked before anything is sent.
    const found = findSubmissionIssues(saving.draft.answers);
    setIssues(found.length > 0 ? found : null);
    setConfirming(found.length === 0);
    if (found.length > 0) moveFocusTo('issues');
  }

  /** The version to submit: the current one, or the one a save of unsaved changes makes; null if that fails. */
  async function versionToSubmit(): Promise<number | null> {
    if (!saving.dirty) return saving.version;
    const result = await saving.save();
    return result ? result.version : null;
  }

  async function confirmSubmit() {
    const submitVersion = await versionToSubmit();
    if (submitVersion === null) {
      setConfirming(false);
      return;
    }
    try {
      const result = await mutation.mutateAsync(submitVersion);
      refreshAssessment(queryClient, result);
      void queryClient.invalidateQueries({ queryKey: ['maturity'] });
      onSubmitted(result);
    } catch (error) {
      setConfirming(false);
      const problems = submissionProblemsOf(error);
      if (problems) {
        setIssues(issuesFromServer(problems));
        moveFocusTo('issues');
      } else failures.fail(error);
    }
  }

  return { issues, confirming, setConfirming, requestSubmit, confirmSubmit, submitting: mutation.isPending };
}
