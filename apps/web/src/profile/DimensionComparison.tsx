import { useId, useRef } from 'react';
import type { ProfileResponse } from '@cpc/domain';
import type { ExportSource } from '../api/exportSource';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import { TableToggle } from '../ui/TableToggle';
import { useI18n } from '../i18n/useI18n';
import { DimensionComparisonTable } from './DimensionComparisonTable';
import { DimensionDotPlot } from './DimensionDotPlot';

interface DimensionComparisonProps {
  comparison: ProfileResponse['comparison'];
  country: string;
  region: string;
  year: number;
  /** The profile resource, for the download menu. */
  source: ExportSource;
  /**
   * Whether the region's median and the country's rank exist: national users get neither (both single out
   * other administrations), so they are left out rather than shown empty.
   */
  orderStatistics: boolean;
}

/** Each dimension's score against the region's mean and median, on one 0–100 scale per row. */
export function DimensionComparison(props: DimensionComparisonProps) {
  const { comparison, country, region, year, source, orderStatistics } = props;
  const { t } = useI18n();
  const titleId = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  const title = t('comparisonTitle', { country, region, year });
  const shown = { comparison, country, region, orderStatistics };

  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="dimension-comparison">
      <div className="chart-heading">
        <h2 id={titleId}>{title}</h2>
        <ChartDownloadMenu
          howToRead="chartHelpDimensionComparison"
          chart={chartRef}
          title={title}
          source={{ ...source, name: [...source.name, 'dimensions'] }}
        />
      </div>
      <div ref={chartRef} className="chart-picture">
        <DimensionDotPlot {...shown} />
      </div>
      <TableToggle subject={title} testId="comparison-table-panel">
        <DimensionComparisonTable title={title} {...shown} />
      </TableToggle>
    </section>
  );
}
