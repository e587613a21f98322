import { useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { answersAsText } from './answersAsText';
import type { Draft } from './draft';
import type { SubmissionIssue } from './submissionIssues';
import type { EditorFailures } from './useEditorFailures';
import type { NoticeFocus } from './useNoticeFocus';
import { ConflictNotice } from './ConflictNotice';
import { IssueSummary } from './IssueSummary';

interface EditorNoticesProps {
  draft: Draft;
  failures: EditorFailures;
  openIssues: readonly SubmissionIssue[];
  focus: NoticeFocus;
  onReloadLatest: () => Promise<void>;
}

/** Above the questionnaire: a version conflict, a failed save or submission, and what keeps it from submission. */
export function EditorNotices({ draft, failures, openIssues, focus, onReloadLatest }: EditorNoticesProps) {
  const { conflict, failure } = failures;
  return (
    <>
      {conflict?.open && (
        <OpenConflictNotice
          draft={draft}
          currentVersion={conflict.currentVersion}
          focus={focus}
          onReloadLatest={onReloadLatest}
          onKeepEditing={() => {
            failures.setConflict({ ...conflict, open: false });
          }}
        />
      )}
      {failure && (
        <div ref={focus.failureRef} className="notice notice-error" role="alert" tabIndex={-1}>
          {failure}
        </div>
      )}
      {openIssues.length > 0 && <IssueSummary ref={focus.issuesRef} issues={openIssues} answers={draft.answers} />}
    </>
  );
}

interface OpenConflictNoticeProps {
  draft: Draft;
  currentVersion: number;
  focus: NoticeFocus;
  onReloadLatest: () => Promise<void>;
  onKeepEditing: () => void;
}

function OpenConflictNotice({ draft, currentVersion, focus, onReloadLatest, onKeepEditing }: OpenConflictNoticeProps) {
  const { t, lang } = useI18n();
  const [reloading, setReloading] = useState(false);
  const answerTexts = { noAnswer: t('noAnswer'), noneSelected: t('noneSelected'), comment: t('comment') };

  async function reloadLatest() {
    setReloading(true);
    try {
      await onReloadLatest();
    } finally {
      setReloading(false);
    }
  }

  return (
    <ConflictNotice
      ref={focus.conflictRef}
      currentVersion={currentVersion}
      yourAnswers={answersAsText(draft.answers, draft.comments, lang, answerTexts)}
      onReload={() => void reloadLatest()}
      onKeepEditing={onKeepEditing}
      reloading={reloading}
    />
  );
}
