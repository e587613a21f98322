import { CURRENT_WINDOW_YEARS, type Headline as HeadlineFiguresModel, type MethodologyVersion } from '@cpc/domain';
import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { maturityQuery } from '../api/maturityQuery';
import { WITHHELD } from '../analytics/cells';
import { CellText } from '../ui/CellText';
import { ErrorState } from '../ui/ErrorState';
import { useI18n } from '../i18n/useI18n';
import type { StatusFilter } from '../url/pageState';
import { HeadlineTile } from './HeadlineTile';

interface HeadlineFiguresProps {
  grouping: string;
  /** The year the figures describe: the last year of the period. */
  year: number;
  status: StatusFilter;
  methodology: MethodologyVersion | null;
}

/** Four figures for the whole grouping in one year, each with its definition, from the API's ALL rows. */
export function HeadlineFigures({ grouping, year, status, methodology }: HeadlineFiguresProps) {
  const { t } = useI18n();
  const titleId = useId();
  const query = useQuery(maturityQuery({ grouping, from: year - 1, to: year, status, methodology }));
  // The API's headline of the year, made from the same points this reader gets.
  const figures = query.data?.headline ?? null;

  return (
    <section className="headline" aria-labelledby={titleId} data-testid="headline-figures">
      <h2 id={titleId}>{t('headlineTitle', { year })}</h2>
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : !figures ? (
        <p className="muted" role="status">
          {query.isPending ? t('loading') : t('headlineNone', { year })}
        </p>
      ) : (
        <dl className="headline-figures">
          <CoverageTiles figures={figures} status={status} />
          <LevelAndChangeTiles figures={figures} />
        </dl>
      )}
    </section>
  );
}

/** How many were assessed, of how many members, and their mean index. */
function CoverageTiles({ figures, status }: { figures: HeadlineFiguresModel; status: StatusFilter }) {
  const { t, format } = useI18n();
  const counted = t(status === 'validated' ? 'countedValidated' : 'countedSubmitted');
  return (
    <>
      <HeadlineTile
        testId="headline-assessed"
        label={t('headlineAssessed', { year: figures.year })}
        definition={t('headlineAssessedDefinition', {
          year: figures.year,
          first: figures.year - CURRENT_WINDOW_YEARS,
          counted,
        })}
        value={figures.assessed ?? <CellText cell={WITHHELD} />}
        detail={
          figures.coverage !== null
            ? t('headlineAssessedDetail', {
                members: figures.members,
                coverage: format.percent(figures.coverage),
              })
            : undefined
        }
      />
      <HeadlineTile
        testId="headline-mean"
        label={t('headlineMean', { year: figures.year })}
        definition={t('headlineMeanDefinition')}
        value={<CellText cell={figures.mean} />}
        detail={t('headlineMeanDetail')}
      />
    </>
  );
}

/** The share at level 3 or above, and the change on the year before. */
/** The change in how many were assessed, said in words: "3 fewer administrations assessed than in 2025". */
function changeDetailKey(change: number) {
  if (change > 0) return 'headlineChangeMore' as const;
  return change < 0 ? ('headlineChangeFewer' as const) : ('headlineChangeSame' as const);
}

function LevelAndChangeTiles({ figures }: { figures: HeadlineFiguresModel }) {
  const { t, format } = useI18n();
  return (
    <>
      <HeadlineTile
        testId="headline-level3"
        label={t('headlineLevel3', { year: figures.year })}
        definition={t('headlineLevel3Definition')}
        value={<CellText cell={figures.atLevel3OrAbove} as="percent" />}
        detail={
          figures.atLevel3OrAboveCount !== null && figures.assessed !== null
            ? t('headlineLevel3Detail', { count: figures.atLevel3OrAboveCount, assessed: figures.assessed })
            : undefined
        }
      />
      <HeadlineTile
        testId="headline-change"
        label={t('headlineChange', { year: figures.year, previous: figures.previousYear })}
        definition={t('headlineChangeDefinition', { year: figures.year, previous: figures.previousYear })}
        value={
          figures.meanChange.state === 'value' ? (
            t('headlineChangeValue', { value: format.signedIndex(figures.meanChange.value) })
          ) : (
            <CellText cell={figures.meanChange} />
          )
        }
        detail={
          figures.assessedChange !== null
            ? t(changeDetailKey(figures.assessedChange), {
                count: Math.abs(figures.assessedChange),
                previous: figures.previousYear,
              })
            : undefined
        }
      />
    </>
  );
}
