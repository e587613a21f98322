import { useId, useRef } from 'react';
import { DIMENSION_DEFINITIONS, type ProfileResponse } from '@cpc/domain';
import type { ExportSource } from '../api/exportSource';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import { TableToggle } from '../ui/TableToggle';
import { useI18n } from '../i18n/useI18n';

type Comparison = ProfileResponse['comparison'];

interface DimensionComparisonProps {
  comparison: Comparison;
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

const clamp = (value: number) => Math.max(0, Math.min(100, value));

/** Each dimension's score against the region's mean and median, on one 0–100 scale per row. */
export function DimensionComparison(props: DimensionComparisonProps) {
  const { comparison, country, region, year, source, orderStatistics } = props;
  const { t, localize, format } = useI18n();
  const titleId = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  const title = t('comparisonTitle', { country, region, year });
  const text = (value: number | null) => (value === null ? t('notAssessed') : format.index(value));
  const label = (code: string) => {
    const d = DIMENSION_DEFINITIONS.find((x) => x.code === code);
    return d ? localize(d.label) : code;
  };

  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="dimension-comparison">
      <div className="chart-heading">
        <h2 id={titleId}>{title}</h2>
        <ChartDownloadMenu
          chart={chartRef}
          title={title}
          source={{ ...source, name: [...source.name, 'dimensions'] }}
        />
      </div>
      <div ref={chartRef} className="chart-picture">
        <ul className="inline-legend">
          <li>
            <span className="dot-marker dot-country" aria-hidden="true" />
            {country}
          </li>
          <li>
            <span className="dot-marker dot-mean" aria-hidden="true" />
            {t('comparisonRegionMean', { region })}
          </li>
          {orderStatistics && (
            <li>
              <span className="dot-marker dot-median" aria-hidden="true" />
              {t('comparisonRegionMedian', { region })}
            </li>
          )}
        </ul>
        <div className="dot-plot" aria-hidden="true">
          <div className="dot-plot-axis">
            {[0, 25, 50, 75, 100].map((tick) => (
              <span key={tick} style={{ left: `${tick}%` }}>
                {tick}
              </span>
            ))}
          </div>
          {comparison.map((row) => (
            <div className="dot-plot-row" key={row.dimension} data-dimension={row.dimension}>
              <span className="dot-plot-label">{label(row.dimension)}</span>
              <span className="dot-plot-track">
                {row.suppressed ? (
                  <span className="dot-plot-note withheld" title={t('withheld')}>
                    {t('withheldShort')}
                  </span>
                ) : (
                  <>
                    {row.regionMedian !== null && (
                      <span className="dot-marker dot-median" style={{ left: `${clamp(row.regionMedian)}%` }} />
                    )}
                    {row.regionMean !== null && (
                      <span className="dot-marker dot-mean" style={{ left: `${clamp(row.regionMean)}%` }} />
                    )}
                  </>
                )}
                {row.country !== null && (
                  <span className="dot-marker dot-country" style={{ left: `${clamp(row.country)}%` }} />
                )}
              </span>
            </div>
          ))}
        </div>
      </div>
      <TableToggle subject={title} testId="comparison-table-panel">
        <table className="data-table compact-table" data-testid="comparison-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dimension')}</th>
              <th scope="col" className="numeric">
                {country}
              </th>
              <th scope="col" className="numeric">
                {t('comparisonRegionMean', { region })}
              </th>
              {orderStatistics && (
                <>
                  <th scope="col" className="numeric">
                    {t('comparisonRegionMedian', { region })}
                  </th>
                  <th scope="col" className="numeric">
                    {t('comparisonRank')}
                  </th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {comparison.map((row) => (
              <tr key={row.dimension} data-dimension={row.dimension}>
                <th scope="row">{label(row.dimension)}</th>
                <td className="numeric">{text(row.country)}</td>
                {row.suppressed ? (
                  <td colSpan={orderStatistics ? 3 : 1} className="withheld">
                    {t('withheld')}
                  </td>
                ) : (
                  <>
                    <td className="numeric">{text(row.regionMean)}</td>
                    {orderStatistics && (
                      <>
                        <td className="numeric">{text(row.regionMedian)}</td>
                        <td className="numeric">
                          {row.rankInRegion === null || row.regionAssessed === null
                            ? '—'
                            : t('comparisonRankValue', { rank: row.rankInRegion, of: row.regionAssessed })}
                        </td>
                      </>
                    )}
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableToggle>
    </section>
  );
}
