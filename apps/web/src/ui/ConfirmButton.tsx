import { useState } from 'react';
import { errorText } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';

interface ConfirmButtonProps {
  /** The button's text, e.g. "Delete". */
  label: string;
  /** Its name for screen readers when the text alone is ambiguous, e.g. "Delete AIRCOP". */
  accessibleLabel?: string;
  /** The question asked before acting, e.g. "Delete “AIRCOP” for everyone?". */
  question: string;
  confirmLabel: string;
  pending: boolean;
  error: Error | null;
  onConfirm: () => void;
}

/** A destructive action in two steps: the button asks, the second click acts, Cancel keeps things as they are. */
export function ConfirmButton(props: ConfirmButtonProps) {
  const { label, accessibleLabel, question, confirmLabel, pending, error, onConfirm } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const [confirming, setConfirming] = useState(false);

  if (!confirming) {
    return (
      <button
        type="button"
        className="button button-secondary button-small"
        aria-label={accessibleLabel}
        onClick={() => {
          setConfirming(true);
        }}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="inline-confirm" role="group" aria-label={question}>
      <span>{question}</span>{' '}
      <button type="button" className="button button-danger button-small" disabled={pending} onClick={onConfirm}>
        {confirmLabel}
      </button>{' '}
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => {
          setConfirming(false);
        }}
      >
        {t('cancel')}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {errorText(error, i18n)}
        </span>
      )}
    </span>
  );
}
