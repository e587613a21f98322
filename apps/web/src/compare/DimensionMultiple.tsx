import { useRef } from 'react';
import type { ExportSource } from '../api/exportSource';
import type { StyledSeries } from '../chart/SmallLineChart';
import { SmallLineChart } from '../chart/SmallLineChart';
import { regionKey } from '../chart/styledRegions';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import { TableToggle } from '../ui/TableToggle';
import { useI18n } from '../i18n/useI18n';
import { SeriesTable } from './SeriesTable';

interface DimensionMultipleProps {
  code: string;
  label: string;
  caption: string;
  series: readonly StyledSeries[];
  from: number;
  to: number;
  highlighted: string | null;
  source: ExportSource;
}

/** One dimension's small chart, with its download menu and its table. */
export function DimensionMultiple({
  code,
  label,
  caption,
  series,
  from,
  to,
  highlighted,
  source,
}: DimensionMultipleProps) {
  const { t, localize } = useI18n();
  const chartRef = useRef<SVGSVGElement>(null);
  return (
    <li className="small-multiple" data-dimension={code}>
      <div className="chart-heading">
        <h3>{label}</h3>
        <ChartDownloadMenu
          howToRead="chartHelpDimensionMultiple"
          chart={chartRef}
          title={caption}
          source={{ ...source, name: [...source.name, code] }}
          keyEntries={regionKey(series, localize)}
          axisTitles={{ x: t('year'), y: t('heatmapLegend') }}
        />
      </div>
      <SmallLineChart series={series} from={from} to={to} highlighted={highlighted} label={caption} svgRef={chartRef} />
      <TableToggle subject={label}>
        <SeriesTable series={series} caption={caption} />
      </TableToggle>
    </li>
  );
}
