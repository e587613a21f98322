import { useRef } from 'react';
import type { ExportSource } from '../api/exportSource';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import type { StyledSeries } from '../chart/SmallLineChart';
import { regionKey } from '../chart/styledRegions';
import { SeriesTable } from '../compare/SeriesTable';
import { useI18n } from '../i18n/useI18n';
import { RegionTrendChart } from '../outcomes/RegionTrendChart';
import { TableToggle } from '../ui/TableToggle';

interface InstrumentTrendProps {
  measure: string;
  label: string;
  caption: string;
  series: readonly StyledSeries[];
  highlighted: string | null;
  /** A share of members (0–1) rather than a count. */
  share: boolean;
  source: ExportSource;
}

/** One measure's small chart, the regions as lines, with its download menu and its table. */
export function InstrumentTrend({ measure, label, caption, series, highlighted, share, source }: InstrumentTrendProps) {
  const { t, localize, format } = useI18n();
  const plotRef = useRef<HTMLDivElement>(null);
  return (
    <li className="small-multiple" data-measure={measure}>
      <div className="chart-heading">
        <h3>{label}</h3>
        <ChartDownloadMenu
          chart={plotRef}
          title={caption}
          source={{ ...source, name: [...source.name, measure] }}
          keyEntries={regionKey(series, localize)}
          axisTitles={{ x: t('instYear'), y: label }}
        />
      </div>
      <RegionTrendChart
        plotRef={plotRef}
        series={series}
        highlighted={highlighted}
        label={caption}
        formatValue={share ? format.percent : format.count}
        fractional={share}
      />
      <TableToggle subject={caption}>
        <SeriesTable series={series} caption={caption} as={share ? 'percent' : 'count'} />
      </TableToggle>
    </li>
  );
}
