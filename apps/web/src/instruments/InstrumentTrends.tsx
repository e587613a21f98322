import { useId } from 'react';
import type { InstrumentsAnalyticsResponse } from '@cpc/domain';
import type { ExportSource } from '../api/exportSource';
import { regionSeries } from '../analytics/regionSeries';
import { styleSeries, type StyledRegion } from '../chart/styledRegions';
import { RegionLegend } from '../compare/RegionLegend';
import { useI18n } from '../i18n/useI18n';
import { COUNT_MEASURES, SHARE_MEASURES, countCell, shareCell } from './instrumentSeries';
import { RegionTrendMultiple } from '../outcomes/RegionTrendMultiple';

interface InstrumentTrendsProps {
  data: InstrumentsAnalyticsResponse;
  regions: readonly StyledRegion[];
  highlighted: string | null;
  onHighlight: (region: string | null) => void;
  source: ExportSource;
}

/** The shares of members with each instrument in force, one small chart each, the regions as lines. */
export function InstrumentShareTrends({ data, regions, highlighted, onHighlight, source }: InstrumentTrendsProps) {
  const { t } = useI18n();
  const headingId = useId();
  const { series, from, to } = data;
  return (
    <section className="analytics-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('instDashShares', { from, to })}</h2>
      <p className="chart-description">{t('instDashSharesText')}</p>
      <RegionLegend regions={regions} highlighted={highlighted} onHighlight={onHighlight} />
      <ul className="small-multiples" data-testid="instrument-shares">
        {SHARE_MEASURES.map((measure) => {
          const label = t(`instMeasure_${measure}`);
          return (
            <RegionTrendMultiple
              key={measure}
              name={measure}
              label={label}
              caption={t('instMeasureCaption', { measure: label, from, to })}
              series={styleSeries(
                regionSeries(series, regions, (p) => shareCell(p, measure), from, to),
                regions,
              )}
              highlighted={highlighted}
              kind="percent"
              source={source}
              xTitle={t('instYear')}
            />
          );
        })}
      </ul>
    </section>
  );
}

/** The joint training: trainings held and their participants, by region over time. */
export function InstrumentTrainingTrends({ data, regions, highlighted, source }: InstrumentTrendsProps) {
  const { t } = useI18n();
  const headingId = useId();
  const { series, from, to } = data;
  return (
    <section className="analytics-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('instDashTraining', { from, to })}</h2>
      <ul className="small-multiples" data-testid="instrument-training">
        {COUNT_MEASURES.map((measure) => {
          const label = t(`instMeasure_${measure}`);
          return (
            <RegionTrendMultiple
              key={measure}
              name={measure}
              label={label}
              caption={t('instCountCaption', { measure: label, from, to })}
              series={styleSeries(
                regionSeries(series, regions, (p) => countCell(p, measure), from, to),
                regions,
              )}
              highlighted={highlighted}
              kind="count"
              source={source}
              xTitle={t('instYear')}
            />
          );
        })}
      </ul>
    </section>
  );
}
