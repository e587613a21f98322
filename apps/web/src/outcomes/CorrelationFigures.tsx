import type { MaturityVsOutcomesResponse } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';

interface Figures extends Pick<MaturityVsOutcomesResponse, 'pearson' | 'spearman' | 'n'> {
  /**
   * The fewest countries a coefficient is computed over: 3, or 10 for national users, whose coefficients
   * must not single out an administration.
   */
  minPairs: number;
}

/** Pearson's r, Spearman's ρ and the number of countries behind them, large enough to be read first. */
export function CorrelationFigures({ pearson, spearman, n, minPairs }: Figures) {
  const { t, format } = useI18n();
  const text = (value: number | null) => (value === null ? t('correlationNone') : format.coefficient(value));
  return (
    <>
      <dl className="correlation-figures" data-testid="correlation-figures">
        <div>
          <dt>{t('correlationPearson')}</dt>
          <dd data-testid="pearson">{text(pearson)}</dd>
        </div>
        <div>
          <dt>{t('correlationSpearman')}</dt>
          <dd data-testid="spearman">{text(spearman)}</dd>
        </div>
        <div>
          <dt>{t('correlationN')}</dt>
          <dd data-testid="pairs">{n ?? '—'}</dd>
        </div>
      </dl>
      {(pearson === null || spearman === null) && <p className="muted">{t('correlationTooFew', { min: minPairs })}</p>}
    </>
  );
}
