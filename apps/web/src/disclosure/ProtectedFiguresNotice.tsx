import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';
import { ProtectedFiguresContext } from './protectedFigures';

/** The explanation of protected figures as one sentence, for a picture or a printed page. */
export function useProtectedFiguresNote(): string {
  const { t } = useI18n();
  return `${t('protectedFiguresTitle')} ${t('protectedFiguresText')}`;
}

/**
 * What a national user's figures are: administrations that keep theirs confidential are included with a
 * bounded perturbation, order statistics are left out, and small cells are withheld. Shown wherever the
 * API says the figures were protected; nothing otherwise.
 */
export function ProtectedFiguresNotice({ shown }: { shown: boolean }) {
  const { t } = useI18n();
  if (!shown) return null;
  return (
    <aside
      className="notice protected-notice"
      data-testid="protected-figures-notice"
      aria-label={t('protectedFiguresTitle')}
    >
      <p>
        <strong>{t('protectedFiguresTitle')}</strong> {t('protectedFiguresText')}
      </p>
    </aside>
  );
}

/**
 * An analytics page's figures, with the notice above them when they are protected; the charts inside put the
 * same note on their downloaded pictures.
 */
export function ProtectedFigures({ shown, children }: { shown: boolean; children: ReactNode }) {
  return (
    <ProtectedFiguresContext.Provider value={shown}>
      <ProtectedFiguresNotice shown={shown} />
      {children}
    </ProtectedFiguresContext.Provider>
  );
}
