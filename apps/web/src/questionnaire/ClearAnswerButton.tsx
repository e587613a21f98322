import { useI18n } from '../i18n/useI18n';

/** Takes an answer back, so that an item can be left unanswered in a draft. */
export function ClearAnswerButton({ code, onClear }: { code: string; onClear: () => void }) {
  const { t } = useI18n();
  return (
    <button type="button" className="link-button clear-answer" onClick={onClear}>
      {t('clearAnswer')}
      <span className="visually-hidden"> {code}</span>
    </button>
  );
}
