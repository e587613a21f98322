import { useMemo } from 'react';
import type { AssessmentResponse } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { progressOf } from './answerState';
import { isStillOpen } from './submissionIssues';
import { useBeforeUnload } from './useBeforeUnload';
import { useDraftSaving, type DraftSaving } from './useDraftSaving';
import { useEditorFailures } from './useEditorFailures';
import { useNoticeFocus } from './useNoticeFocus';
import { useSubmission } from './useSubmission';
import { ActionBar } from './ActionBar';
import { EditorNotices } from './EditorNotices';
import { QuestionnaireForm } from './QuestionnaireForm';
import { SubmitConfirm } from './SubmitConfirm';

interface QuestionnaireEditorProps {
  assessment: AssessmentResponse;
  /** Fetches the latest saved version; the caller then opens a fresh editor on it. */
  onReloadLatest: () => Promise<void>;
  onSubmitted: (assessment: AssessmentResponse) => void;
}

/** What the action bar says of the draft: saving, unsaved, saved at a time, or unchanged. */
function useSaveStatus(saving: DraftSaving): string {
  const { t, format } = useI18n();
  const { version, savedAt } = saving;
  if (saving.saving) return t('saving');
  if (saving.dirty) return t('unsavedChanges');
  return savedAt ? t('savedAt', { time: format.dateTime(savedAt), version }) : t('noChanges', { version });
}

/**
 * The questionnaire, rendered from the instrument: answers are kept here until saved. A save sends the
 * version it started from, so a concurrent save by someone else is reported instead of overwritten.
 */
export function QuestionnaireEditor({ assessment, onReloadLatest, onSubmitted }: QuestionnaireEditorProps) {
  const focus = useNoticeFocus();
  const failures = useEditorFailures(focus.moveFocusTo);
  const saving = useDraftSaving(assessment, failures);
  const submission = useSubmission({ assessment, saving, failures, moveFocusTo: focus.moveFocusTo, onSubmitted });
  const { draft } = saving;
  useBeforeUnload(saving.dirty);

  const { issues } = submission;
  const openIssues = useMemo(
    () => (issues ?? []).filter((issue) => isStillOpen(issue, draft.answers)),
    [issues, draft.answers],
  );
  const issueMap = useMemo(() => new Map(openIssues.map((i) => [i.code, i])), [openIssues]);
  const busy = saving.saving || submission.submitting;
  const status = useSaveStatus(saving);

  return (
    <div className="questionnaire">
      <EditorNotices
        draft={draft}
        failures={failures}
        openIssues={openIssues}
        focus={focus}
        onReloadLatest={onReloadLatest}
      />
      <QuestionnaireForm draft={draft} setDraft={saving.setDraft} issues={issueMap} />
      <ActionBar
        progress={progressOf(draft.answers)}
        status={status}
        busy={busy}
        onSave={() => void saving.save()}
        onSubmit={submission.requestSubmit}
      >
        {submission.confirming && (
          <SubmitConfirm
            pending={busy}
            onConfirm={() => void submission.confirmSubmit()}
            onCancel={() => {
              submission.setConfirming(false);
            }}
          />
        )}
      </ActionBar>
    </div>
  );
}
