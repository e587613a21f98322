import { useEffect, useMemo, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AnswerValue, AssessmentResponse } from '@cpc/domain';
import { assessmentKeys } from '../api/assessmentQueries';
import { submitAssessment, updateAssessment } from '../api/assessmentMutations';
import { submissionProblemsOf, versionConflictOf } from '../api/errorBodies';
import { useI18n } from '../i18n/useI18n';
import { progressOf, withAnswer, withComment } from './answerState';
import { answersAsText } from './answersAsText';
import { draftOf, sameDraft, type Draft } from './draft';
import { questionnaireSections } from './sections';
import { findSubmissionIssues, isStillOpen, issuesFromServer, type SubmissionIssue } from './submissionIssues';
import { useBeforeUnload } from './useBeforeUnload';
import { ActionBar } from './ActionBar';
import { ConflictNotice } from './ConflictNotice';
import { IssueSummary } from './IssueSummary';
import { QuestionnaireSectionView } from './QuestionnaireSectionView';
import { SubmitConfirm } from './SubmitConfirm';

interface QuestionnaireEditorProps {
  assessment: AssessmentResponse;
  /** Fetches the latest saved version; the caller then opens a fresh editor on it. */
  onReloadLatest: () => Promise<void>;
  onSubmitted: (assessment: AssessmentResponse) => void;
}

const SECTIONS = questionnaireSections();

/**
 * The questionnaire, rendered from the instrument: answers are kept here until saved. A save sends the
 * version it started from, so a concurrent save by someone else is reported instead of overwritten.
 */
export function QuestionnaireEditor({ assessment, onReloadLatest, onSubmitted }: QuestionnaireEditorProps) {
  const { t, lang, format } = useI18n();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(assessment));
  const [saved, setSaved] = useState<Draft>(draft);
  const [version, setVersion] = useState(assessment.version);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [issues, setIssues] = useState<SubmissionIssue[] | null>(null);
  const [conflict, setConflict] = useState<{ currentVersion: number; open: boolean } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [focusTarget, setFocusTarget] = useState<{ which: 'issues' | 'conflict' | 'failure'; tick: number } | null>(
    null,
  );
  const issuesRef = useRef<HTMLElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);

  const dirty = !sameDraft(draft, saved);
  useBeforeUnload(dirty);

  useEffect(() => {
    if (!focusTarget) return;
    const refs = { issues: issuesRef, conflict: conflictRef, failure: failureRef };
    refs[focusTarget.which].current?.focus();
  }, [focusTarget]);

  const moveFocusTo = (which: 'issues' | 'conflict' | 'failure') => {
    setFocusTarget((previous) => ({ which, tick: (previous?.tick ?? 0) + 1 }));
  };

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: assessmentKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: assessmentKeys.history(assessment.id) });
  };

  const saveMutation = useMutation({
    mutationFn: (payload: Draft & { version: number }) => updateAssessment(assessment.id, payload),
  });
  const submitMutation = useMutation({ mutationFn: (v: number) => submitAssessment(assessment.id, v) });

  function fail(error: unknown) {
    const versionConflict = versionConflictOf(error);
    if (versionConflict) {
      setConflict({ currentVersion: versionConflict.currentVersion, open: true });
      moveFocusTo('conflict');
      return;
    }
    setFailure(error instanceof Error ? error.message : String(error));
    moveFocusTo('failure');
  }

  async function save(): Promise<AssessmentResponse | null> {
    const payload = { answers: draft.answers, comments: draft.comments, version };
    setFailure(null);
    try {
      const result = await saveMutation.mutateAsync(payload);
      setVersion(result.version);
      setSaved({ answers: payload.answers, comments: payload.comments });
      setSavedAt(result.updatedAt);
      setConflict(null);
      queryClient.setQueryData(assessmentKeys.detail(assessment.id), result);
      refresh();
      return result;
    } catch (error) {
      fail(error);
      return null;
    }
  }

  function requestSubmit() {
    // The same rules as the API's, checked before anything is sent.
    const found = findSubmissionIssues(draft.answers);
    setIssues(found.length > 0 ? found : null);
    if (found.length > 0) {
      setConfirming(false);
      moveFocusTo('issues');
      return;
    }
    setConfirming(true);
  }

  async function confirmSubmit() {
    let submitVersion = version;
    if (dirty) {
      const result = await save();
      if (!result) {
        setConfirming(false);
        return;
      }
      submitVersion = result.version;
    }
    try {
      const result = await submitMutation.mutateAsync(submitVersion);
      queryClient.setQueryData(assessmentKeys.detail(assessment.id), result);
      refresh();
      void queryClient.invalidateQueries({ queryKey: ['maturity'] });
      onSubmitted(result);
    } catch (error) {
      setConfirming(false);
      const problems = submissionProblemsOf(error);
      if (problems) {
        setIssues(issuesFromServer(problems));
        moveFocusTo('issues');
      } else fail(error);
    }
  }

  async function reloadLatest() {
    setReloading(true);
    try {
      await onReloadLatest();
    } finally {
      setReloading(false);
    }
  }

  const openIssues = useMemo(
    () => (issues ?? []).filter((issue) => isStillOpen(issue, draft.answers)),
    [issues, draft.answers],
  );
  const issueMap = useMemo(() => new Map(openIssues.map((i) => [i.code, i])), [openIssues]);
  const answerTexts = { noAnswer: t('noAnswer'), noneSelected: t('noneSelected'), comment: t('comment') };
  const busy = saveMutation.isPending || submitMutation.isPending;
  const status = saveMutation.isPending
    ? t('saving')
    : dirty
      ? t('unsavedChanges')
      : savedAt
        ? t('savedAt', { time: format.dateTime(savedAt), version })
        : t('noChanges', { version });

  return (
    <div className="questionnaire">
      {conflict?.open && (
        <ConflictNotice
          ref={conflictRef}
          currentVersion={conflict.currentVersion}
          yourAnswers={answersAsText(draft.answers, draft.comments, lang, answerTexts)}
          onReload={() => void reloadLatest()}
          onKeepEditing={() => {
            setConflict({ ...conflict, open: false });
          }}
          reloading={reloading}
        />
      )}
      {failure && (
        <div ref={failureRef} className="notice notice-error" role="alert" tabIndex={-1}>
          {failure}
        </div>
      )}
      {openIssues.length > 0 && <IssueSummary ref={issuesRef} issues={openIssues} answers={draft.answers} />}
      <form
        className="questionnaire-form"
        aria-label={t('questionnaireLabel')}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        {SECTIONS.map((section) => (
          <QuestionnaireSectionView
            key={section.key}
            section={section}
            answers={draft.answers}
            comments={draft.comments}
            issues={issueMap}
            onAnswer={(code: string, value: AnswerValue | undefined) => {
              setDraft((current) => withAnswer(current, code, value));
            }}
            onComment={(code, text) => {
              setDraft((current) => ({ ...current, comments: withComment(current.comments, code, text) }));
            }}
          />
        ))}
      </form>
      <ActionBar
        progress={progressOf(draft.answers)}
        status={status}
        busy={busy}
        onSave={() => void save()}
        onSubmit={requestSubmit}
      >
        {confirming && (
          <SubmitConfirm
            pending={busy}
            onConfirm={() => void confirmSubmit()}
            onCancel={() => {
              setConfirming(false);
            }}
          />
        )}
      </ActionBar>
    </div>
  );
}
