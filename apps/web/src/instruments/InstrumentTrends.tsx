import { useId } from 'react';
import type { InstrumentsAnalyticsResponse, InstrumentsPoint } from '@cpc/domain';
import type { ExportSource } from '../api/exportSource';
import { regionSeries } from '../analytics/regionSeries';
import { styleSeries, type StyledRegion } from '../chart/styledRegions';
import { RegionLegend } from '../compare/RegionLegend';
import { useI18n } from '../i18n/useI18n';
import type { Cell } from '../analytics/cells';
import {
  COUNT_MEASURES,
  SHARE_MEASURES,
  countCell,
  shareCell,
  type CountMeasure,
  type ShareMeasure,
} from './instrumentSeries';
import { RegionTrendMultiple } from '../outcomes/RegionTrendMultiple';

interface InstrumentTrendsProps {
  data: InstrumentsAnalyticsResponse;
  regions: readonly StyledRegion[];
  highlighted: string | null;
  onHighlight: (region: string | null) => void;
  source: ExportSource;
}

/** One small chart per measure, the regions as lines: the shares (in %) or the training counts. */
function MeasureMultiples<M extends ShareMeasure | CountMeasure>(props: {
  data: InstrumentsAnalyticsResponse;
  regions: readonly StyledRegion[];
  highlighted: string | null;
  source: ExportSource;
  measures: readonly M[];
  cellOf: (point: InstrumentsPoint, measure: M) => Cell;
  kind: 'percent' | 'count';
  testId: string;
}) {
  const { t } = useI18n();
  const { data, regions, highlighted, source, measures, cellOf, kind, testId } = props;
  const { series, from, to } = data;
  const captionKey = kind === 'percent' ? 'instMeasureCaption' : 'instCountCaption';
  return (
    <ul className="small-multiples" data-testid={testId}>
      {measures.map((measure) => {
        const label = t(`instMeasure_${measure}`);
        return (
          <RegionTrendMultiple
            key={measure}
            name={measure}
            label={label}
            caption={t(captionKey, { measure: label, from, to })}
            series={styleSeries(
              regionSeries(series, regions, (p) => cellOf(p, measure), from, to),
              regions,
            )}
            highlighted={highlighted}
            kind={kind}
            source={source}
            xTitle={t('instYear')}
          />
        );
      })}
    </ul>
  );
}

/** The shares of members with each instrument in force, one small chart each, the regions as lines. */
export function InstrumentShareTrends({ data, regions, highlighted, onHighlight, source }: InstrumentTrendsProps) {
  const { t } = useI18n();
  const headingId = useId();
  const { from, to } = data;
  return (
    <section className="analytics-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('instDashShares', { from, to })}</h2>
      <p className="chart-description">{t('instDashSharesText')}</p>
      <RegionLegend regions={regions} highlighted={highlighted} onHighlight={onHighlight} />
      <MeasureMultiples
        {...{ data, regions, highlighted, source }}
        measures={SHARE_MEASURES}
        cellOf={shareCell}
        kind="percent"
        testId="instrument-shares"
      />
    </section>
  );
}

/** The joint training: trainings held and their participants, by region over time. */
export function InstrumentTrainingTrends({ data, regions, highlighted, source }: InstrumentTrendsProps) {
  const { t } = useI18n();
  const headingId = useId();
  const { from, to } = data;
  return (
    <section className="analytics-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('instDashTraining', { from, to })}</h2>
      <MeasureMultiples
        {...{ data, regions, highlighted, source }}
        measures={COUNT_MEASURES}
        cellOf={countCell}
        kind="count"
        testId="instrument-training"
      />
    </section>
  );
}
