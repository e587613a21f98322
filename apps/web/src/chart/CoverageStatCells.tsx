import { useI18n } from '../i18n/useI18n';
import { MeanStatCells } from './MeanStatCells';
import { useStatsText } from './useStatsText';
import type { RegionYearStats } from './chartModel';

interface CoverageStatCellsProps {
  stats: RegionYearStats | undefined;
  /** Whether the table has the median and interquartile range columns (never for national users). */
  orderStatistics: boolean;
}

/**
 * The figures of one table row; an unassessed region-year says so instead of showing numbers, and a withheld
 * one says why, with no count beside it.
 */
export function CoverageStatCells({ stats, orderStatistics }: CoverageStatCellsProps) {
  const { t } = useI18n();
  const text = useStatsText();
  const statColumns = orderStatistics ? 3 : 1;
  if (stats?.suppressed) {
    return (
      <td colSpan={2 + statColumns} className="withheld">
        {t('withheld')}
      </td>
    );
  }
  const assessed = stats !== undefined && stats.assessed !== null && stats.assessed > 0;
  return (
    <>
      <td>{stats ? text.assessedOfMembers(stats) : '—'}</td>
      <td className={stats?.lowCoverage ? 'low-coverage' : undefined}>
        {stats?.coverage != null ? text.percent(stats.coverage) : '—'}
        {stats?.lowCoverage && <span className="low-coverage-flag"> ({t('lowCoverage')})</span>}
      </td>
      {assessed ? (
        <MeanStatCells stats={stats} orderStatistics={orderStatistics} />
      ) : (
        <td colSpan={statColumns} className="not-assessed">
          {t('notAssessed')}
        </td>
      )}
    </>
  );
}
