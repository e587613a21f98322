import { useI18n } from '../i18n/useI18n';
import { useStatsText } from '../format/useStatsText';
import type { RegionYearStats } from '../chart/chartModel';

/** The figures of one table row; an unassessed region-year says so instead of showing numbers. */
export function CoverageStatCells({ stats }: { stats: RegionYearStats | undefined }) {
  const { t } = useI18n();
  const text = useStatsText();
  const assessed = stats !== undefined && stats.assessed > 0 && !stats.suppressed;
  return (
    <>
      <td>{stats ? text.assessedOfMembers(stats) : '—'}</td>
      <td className={stats?.lowCoverage ? 'low-coverage' : undefined}>
        {stats ? text.percent(stats.coverage) : '—'}
        {stats?.lowCoverage && <span className="low-coverage-flag"> ({t('lowCoverage')})</span>}
      </td>
      {assessed ? (
        <>
          <td>{text.index(stats.mean)}</td>
          <td>{text.index(stats.median)}</td>
          <td>{text.interquartileRange(stats)}</td>
        </>
      ) : (
        <td colSpan={3} className="not-assessed">
          {stats?.suppressed ? t('withheld') : t('notAssessed')}
        </td>
      )}
    </>
  );
}
