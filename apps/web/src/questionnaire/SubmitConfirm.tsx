import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../i18n/useI18n';

interface SubmitConfirmProps {
  onConfirm: () => void;
  onCancel: () => void;
  pending: boolean;
}

/** Submitting hands the assessment over for review: the reader confirms once, knowing it then locks. */
export function SubmitConfirm({ onConfirm, onCancel, pending }: SubmitConfirmProps) {
  const { t } = useI18n();
  const textId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    confirmRef.current?.focus();
  }, []);
  return (
    <div className="submit-confirm" role="group" aria-describedby={textId}>
      <p id={textId}>{t('submitConfirmText')}</p>
      <div className="button-row">
        <button ref={confirmRef} type="button" className="button" onClick={onConfirm} disabled={pending}>
          {pending ? t('submitting') : t('submitConfirm')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={pending}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
