import { useId } from 'react';
import type { AssessmentResponse } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { LevelSummary } from './LevelSummary';
import { DimensionScoresTable } from './DimensionScoresTable';

type Scores = NonNullable<AssessmentResponse['scores']>;

/** The scores stored at submission: the level on the continuum, then the nine dimensions. */
export function ScoresPanel({ scores }: { scores: Scores }) {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <section className="scores-panel" aria-labelledby={titleId} data-testid="scores-panel">
      <h2 id={titleId}>{t('resultsTitle')}</h2>
      <LevelSummary scores={scores} />
      <DimensionScoresTable scores={scores} />
      <p className="muted">{t('methodologyNote', { version: scores.methodologyVersion })}</p>
    </section>
  );
}
