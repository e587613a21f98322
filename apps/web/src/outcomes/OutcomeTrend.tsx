import { useRef } from 'react';
import type { ExportSource } from '../api/exportSource';
import type { StyledSeries } from '../chart/SmallLineChart';
import { regionKey } from '../chart/styledRegions';
import { SeriesTable } from '../compare/SeriesTable';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import { TableToggle } from '../ui/TableToggle';
import { useI18n } from '../i18n/useI18n';
import { RegionTrendChart } from './RegionTrendChart';

interface OutcomeTrendProps {
  metric: string;
  label: string;
  caption: string;
  series: readonly StyledSeries[];
  highlighted: string | null;
  /** The hit rate, a fraction, rather than a count. */
  rate: boolean;
  source: ExportSource;
}

/** One outcome's small chart, with its download menu and its table. */
export function OutcomeTrend({ metric, label, caption, series, highlighted, rate, source }: OutcomeTrendProps) {
  const { t, localize, format } = useI18n();
  const plotRef = useRef<HTMLDivElement>(null);
  return (
    <li className="small-multiple" data-metric={metric}>
      <div className="chart-heading">
        <h3>{label}</h3>
        <ChartDownloadMenu
          chart={plotRef}
          title={caption}
          source={{ ...source, name: [...source.name, metric] }}
          keyEntries={regionKey(series, localize)}
          axisTitles={{ x: t('year'), y: label }}
        />
      </div>
      <RegionTrendChart
        plotRef={plotRef}
        series={series}
        highlighted={highlighted}
        label={caption}
        formatValue={rate ? format.rate : format.count}
        fractional={rate}
      />
      <TableToggle subject={caption}>
        <SeriesTable
          series={series}
          caption={caption}
          as={rate ? 'rate' : 'count'}
          emptyText={rate ? t('noQueries') : undefined}
        />
      </TableToggle>
    </li>
  );
}
