import { DIMENSION_DEFINITIONS } from '@cpc/domain';
import type { RankedGap } from '../analytics/gapRanking';
import { useI18n } from '../i18n/useI18n';
import { ShareBar } from './ShareBar';

/** The commonest gaps show their recommendations at once; the others on request. */
const OPEN_SOLUTIONS = 5;

/** One item: its question, how common its gap is, and what the handbook recommends. */
export function RankedGapItem({ gap, rank }: { gap: RankedGap; rank: number }) {
  const { t, localize } = useI18n();
  const dimension = DIMENSION_DEFINITIONS.find((d) => d.code === gap.dimension);
  const detail =
    gap.withGap !== null && gap.assessed !== null && gap.share.state === 'value'
      ? t('gapShareDetail', { count: gap.withGap, assessed: gap.assessed })
      : undefined;
  return (
    <li className="ranked-gap" data-gap={gap.code} data-state={gap.share.state}>
      <div className="ranked-gap-head">
        <span className="ranked-gap-rank" aria-hidden="true">
          {rank}
        </span>
        <h3>
          <span className="item-code">{gap.code}</span> {localize(gap.question)}
        </h3>
      </div>
      <p className="muted ranked-gap-dimension">{dimension && localize(dimension.label)}</p>
      <p className="ranked-gap-share">
        <span className="visually-hidden">{t('gapShareLabel')}: </span>
        <ShareBar cell={gap.share} detail={detail} />
      </p>
      <details className="item-help" open={rank <= OPEN_SOLUTIONS}>
        <summary>{t('possibleSolutions')}</summary>
        <p>{localize(gap.solutions)}</p>
        {gap.solutionsFromGuidance && (
          <p className="guidance-note">{t('solutionsFromGuidance', { section: gap.section })}</p>
        )}
      </details>
    </li>
  );
}
