import type { ProfileResponse } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { useDimensionLabel } from './useDimensionLabel';

type ComparisonRow = ProfileResponse['comparison'][number];

interface DimensionDotPlotProps {
  comparison: readonly ComparisonRow[];
  country: string;
  region: string;
  orderStatistics: boolean;
}

const clamp = (value: number) => Math.max(0, Math.min(100, value));

/** The comparison as dots on a 0–100 track per dimension, with its legend; the table says the same. */
export function DimensionDotPlot({ comparison, country, region, orderStatistics }: DimensionDotPlotProps) {
  const { t } = useI18n();
  return (
    <>
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
          <DotPlotRow key={row.dimension} row={row} />
        ))}
      </div>
    </>
  );
}

function DotPlotRow({ row }: { row: ComparisonRow }) {
  const { t } = useI18n();
  const label = useDimensionLabel();
  return (
    <div className="dot-plot-row" data-dimension={row.dimension}>
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
        {row.country !== null && <span className="dot-marker dot-country" style={{ left: `${clamp(row.country)}%` }} />}
      </span>
    </div>
  );
}
