import { useId, useState, type Ref } from 'react';
import { useI18n } from '../i18n/useI18n';

interface ConflictNoticeProps {
  /** The version someone else saved. */
  currentVersion: number;
  /** The reader's unsaved answers, as text to copy. */
  yourAnswers: string;
  onReload: () => void;
  onKeepEditing: () => void;
  reloading: boolean;
  ref?: Ref<HTMLDivElement>;
}

/**
 * Someone else saved the assessment since it was opened: nothing is overwritten. The reader either loads
 * their version, or keeps editing and copies their own answers first.
 */
export function ConflictNotice(props: ConflictNoticeProps) {
  const { currentVersion, yourAnswers, onReload, onKeepEditing, reloading, ref } = props;
  const { t } = useI18n();
  const titleId = useId();
  const answersId = useId();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(yourAnswers);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <div
      ref={ref}
      className="notice notice-error conflict-notice"
      role="alert"
      tabIndex={-1}
      aria-labelledby={titleId}
      data-testid="conflict-notice"
    >
      <h2 id={titleId}>{t('conflictTitle', { version: currentVersion })}</h2>
      <p>{t('conflictText')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={onReload} disabled={reloading}>
          {reloading ? t('loading') : t('conflictReload')}
        </button>
        <button type="button" className="button button-secondary" onClick={onKeepEditing}>
          {t('conflictKeepEditing')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          {t('conflictCopy')}
        </button>
      </div>
      <p role="status" className="copy-status">
        {copied === 'yes' ? t('conflictCopied') : copied === 'failed' ? t('conflictCopyFailed') : ''}
      </p>
      <details>
        <summary>{t('conflictShowAnswers')}</summary>
        <label htmlFor={answersId} className="visually-hidden">
          {t('conflictYourAnswers')}
        </label>
        <textarea id={answersId} readOnly rows={8} value={yourAnswers} className="conflict-answers" />
      </details>
    </div>
  );
}
