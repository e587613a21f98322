import { useI18n } from '../i18n/useI18n';
import { useStatsText } from './useStatsText';
import type { RegionYearStats } from './chartModel';
import { WithheldText } from '../ui/WithheldText';

/** One region-year of the regional chart's table: the mean, its interquartile range and its coverage. */
export function StatsCell({ stats }: { stats: RegionYearStats | undefined }) {
  const { t } = useI18n();
  const text = useStatsText();
  if (stats?.suppressed)
    return (
      <td className="withheld">
        <WithheldText />
      </td>
    );
  if (!stats || stats.assessed === 0 || stats.mean === null)
    return <td className="not-assessed">{t('notAssessed')}</td>;
  return (
    <td className="numeric">
      <span className="cell-main">{text.index(stats.mean)}</span>
      {/* National users get no quartiles: the line is left out rather than shown empty. */}
      {stats.p25 !== null && stats.p75 !== null && (
        <span className="cell-sub">
          {t('iqrShort')} {text.interquartileRange(stats)}
        </span>
      )}
      <span className="cell-sub">{text.coverage(stats)}</span>
    </td>
  );
}
