import { useRef } from 'react';
import type { ExportSource } from '../api/exportSource';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import type { ChartHelpKey } from '../i18n/chartHelp.en';
import type { StyledSeries } from '../chart/SmallLineChart';
import { regionKey } from '../chart/styledRegions';
import { SeriesTable } from '../compare/SeriesTable';
import { useI18n } from '../i18n/useI18n';
import { TableToggle } from '../ui/TableToggle';
import { RegionTrendChart } from './RegionTrendChart';

/** What the values are: counts, shares of members (0–1, shown as %) or rates (fractions). */
export type TrendValueKind = 'count' | 'percent' | 'rate';

/** How to read a small multiple: sums, shares of members or rates read differently. */
const HOW_TO_READ: Record<TrendValueKind, ChartHelpKey> = {
  count: 'chartHelpTrendCount',
  percent: 'chartHelpTrendShare',
  rate: 'chartHelpTrendRate',
};

interface RegionTrendMultipleProps {
  /** The measure's code, in `data-metric` and the download's file name. */
  name: string;
  label: string;
  caption: string;
  series: readonly StyledSeries[];
  highlighted: string | null;
  kind: TrendValueKind;
  source: ExportSource;
  /** The x axis's title in downloads. */
  xTitle: string;
  /** The table's text when no region has a value. */
  emptyText?: string;
}

/**
 * One measure's small chart, the regions as lines, with its download menu and its table: a small multiple of
 * the operations and the cooperation instruments dashboards.
 */
export function RegionTrendMultiple(props: RegionTrendMultipleProps) {
  const { name, label, caption, series, highlighted, kind, source, xTitle, emptyText } = props;
  const { localize, format } = useI18n();
  const plotRef = useRef<HTMLDivElement>(null);
  return (
    <li className="small-multiple" data-metric={name}>
      <div className="chart-heading">
        <h3>{label}</h3>
        <ChartDownloadMenu
          howToRead={HOW_TO_READ[kind]}
          chart={plotRef}
          title={caption}
          source={{ ...source, name: [...source.name, name] }}
          keyEntries={regionKey(series, localize)}
          axisTitles={{ x: xTitle, y: label }}
        />
      </div>
      <RegionTrendChart
        plotRef={plotRef}
        series={series}
        highlighted={highlighted}
        label={caption}
        formatValue={format[kind]}
        fractional={kind !== 'count'}
      />
      <TableToggle subject={caption}>
        <SeriesTable series={series} caption={caption} as={kind} emptyText={emptyText} />
      </TableToggle>
    </li>
  );
}
