import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';

interface ActionBarProps {
  progress: { answered: number; total: number };
  status: string;
  onSave: () => void;
  onSubmit: () => void;
  busy: boolean;
  children?: ReactNode;
}

/** Stays at the bottom of the window while the questionnaire scrolls: progress, save state and the two actions. */
export function ActionBar({ progress, status, onSave, onSubmit, busy, children }: ActionBarProps) {
  const { t } = useI18n();
  return (
    <div className="action-bar" data-testid="action-bar">
      <div className="action-bar-inner">
        <p className="action-bar-progress">{t('progress', progress)}</p>
        <p className="action-bar-status" role="status" data-testid="save-status">
          {status}
        </p>
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={onSave} disabled={busy}>
            {t('saveDraft')}
          </button>
          <button type="button" className="button" onClick={onSubmit} disabled={busy}>
            {t('submit')}
          </button>
        </div>
      </div>
      {children}
    </div>
  );
}
