import { ALL_REGIONS } from '@cpc/domain';
import { useId } from 'react';
import type { OperationsAnalyticsResponse } from '@cpc/domain';
import type { ExportSource } from '../api/exportSource';
import { commodityBreakdown } from '../analytics/commodityBreakdown';
import { databaseHitRates } from '../analytics/databaseHitRates';
import { pointsOfPeriod } from '../analytics/operationsPeriod';
import { SelectField } from '../ui/SelectField';
import { useI18n } from '../i18n/useI18n';
import { CommodityGroups } from './CommodityGroups';
import { DatabaseRates } from './DatabaseRates';

interface DetailSectionProps {
  data: OperationsAnalyticsResponse;
  /** A year of the period, or null for all of it. */
  year: number | null;
  onYear: (year: number | null) => void;
  /** The resource the figures come from, for the download menus. */
  source: ExportSource;
}

/** The whole grouping's seizures by commodity and its database checks, for one year or the whole period. */
export function DetailSection({ data, year, onYear, source }: DetailSectionProps) {
  const { t } = useI18n();
  const titleId = useId();
  const shown = year !== null && year >= data.from && year <= data.to ? year : null;
  const period = shown === null ? t('periodRange', { from: data.from, to: data.to }) : String(shown);
  const { points, withheldYears } = pointsOfPeriod(data.series, ALL_REGIONS, shown);
  const years: number[] = [];
  for (let y = data.to; y >= data.from; y--) years.push(y);

  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="detail-section">
      <h2 id={titleId}>{t('detailTitle', { period })}</h2>
      <div className="section-controls">
        <SelectField
          label={t('detailPeriodLabel')}
          value={shown === null ? '' : String(shown)}
          options={[
            { value: '', label: t('periodRange', { from: data.from, to: data.to }) },
            ...years.map((y) => ({ value: String(y), label: String(y) })),
          ]}
          onChange={(value) => {
            onYear(value ? Number(value) : null);
          }}
        />
      </div>
      {withheldYears.length > 0 && (
        <p className="notice" data-testid="detail-withheld">
          {t('detailWithheld', { years: withheldYears.join(', ') })}
        </p>
      )}
      <h3>{t('commodityTitle')}</h3>
      <p className="chart-description">{t('commodityDescription')}</p>
      <CommodityGroups groups={commodityBreakdown(points)} period={period} source={source} />
      <h3>{t('databaseTitle')}</h3>
      <p className="chart-description">{t('databaseDescription')}</p>
      <DatabaseRates totals={databaseHitRates(points)} period={period} source={source} />
    </section>
  );
}
