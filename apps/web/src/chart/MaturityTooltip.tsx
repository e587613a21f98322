import { ALL_REGIONS } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { MeanStatCells } from './MeanStatCells';
import { useStatsText } from './useStatsText';
import type { ChartRow, RegionYearStats } from './chartModel';
import { ALL_MEMBERS_STYLE } from './regionStyle';
import type { StyledRegion } from './styledRegions';
import { LegendSwatch } from './LegendSwatch';

interface MaturityTooltipProps {
  active: boolean;
  year: string | number | undefined;
  rows: readonly ChartRow[];
  regions: readonly StyledRegion[];
  showAllMembers: boolean;
  highlighted: string | null;
  /** Whether the median and interquartile range exist (never for national users). */
  orderStatistics: boolean;
}

/** Every region's figures for the hovered year, read from the model rather than recharts' payload so gaps still get a row. */
export function MaturityTooltip(props: MaturityTooltipProps) {
  const { active, year, rows, regions, showAllMembers, highlighted, orderStatistics } = props;
  const { t, localize } = useI18n();
  const row = rows.find((r) => r.year === Number(year));
  if (!active || !row) return null;

  const entries: TooltipEntry[] = [
    ...regions.map((region) => ({
      code: region.code,
      name: localize(region.name),
      style: region.style,
      dashed: false,
    })),
    ...(showAllMembers ? [{ code: ALL_REGIONS, name: t('allMembers'), style: ALL_MEMBERS_STYLE, dashed: true }] : []),
  ];

  return (
    <div className="maturity-tooltip">
      <p className="maturity-tooltip-year">{row.year}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('tooltipRegion')}</th>
            <th scope="col">{t('statMean')}</th>
            {orderStatistics && (
              <>
                <th scope="col">{t('statMedian')}</th>
                <th scope="col">{t('statIqr')}</th>
              </>
            )}
            <th scope="col">{t('statAssessed')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <TooltipRow
              key={entry.code}
              entry={entry}
              stats={row.stats[entry.code]}
              highlighted={highlighted}
              orderStatistics={orderStatistics}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface TooltipEntry {
  code: string;
  name: string;
  style: StyledRegion['style'];
  dashed: boolean;
}

interface TooltipRowProps {
  entry: TooltipEntry;
  stats: RegionYearStats | undefined;
  highlighted: string | null;
  orderStatistics: boolean;
}

function TooltipRow({ entry, stats, highlighted, orderStatistics }: TooltipRowProps) {
  const { t } = useI18n();
  const text = useStatsText();
  const assessed = stats !== undefined && !stats.suppressed && (stats.assessed ?? 0) > 0;
  return (
    <tr className={highlighted === entry.code ? 'is-highlighted' : undefined}>
      <th scope="row">
        <LegendSwatch style={entry.style} dashed={entry.dashed} hollow={stats?.lowCoverage ?? false} />
        {entry.name}
      </th>
      {assessed ? (
        <MeanStatCells stats={stats} orderStatistics={orderStatistics} />
      ) : (
        <td colSpan={orderStatistics ? 3 : 1} className="not-assessed">
          {stats?.suppressed ? t('withheld') : t('notAssessed')}
        </td>
      )}
      <td className={stats?.lowCoverage ? 'low-coverage' : undefined}>{stats ? text.coverage(stats) : '—'}</td>
    </tr>
  );
}
