import { useId, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ALL_REGIONS, type GroupingResponse } from '@cpc/domain';
import {
  operationUnitsExport,
  operationUnitsQuery,
  unitOutcomesExport,
  unitOutcomesQuery,
  type UnitOutcomesParams,
} from '../api/operationsAnalyticsQueries';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { SelectField } from '../ui/SelectField';
import { useI18n } from '../i18n/useI18n';
import { UnitsTable } from './UnitsTable';
import { UnitTypeChart } from './UnitTypeChart';

interface UnitsSectionProps {
  params: UnitOutcomesParams;
  grouping: GroupingResponse | undefined;
  national: boolean;
  /** An analyst's programme, activity or commodity filter is on: the units' figures do not follow it. */
  filtered: boolean;
}

/**
 * What the register's joint units achieved in the period: by unit type for the whole grouping or a region, then
 * unit by unit. The API answers for a grouping and a span of years only.
 */
export function UnitsSection({ params, grouping, national, filtered }: UnitsSectionProps) {
  const { t, localize } = useI18n();
  const titleId = useId();
  const [region, setRegion] = useState<string>(ALL_REGIONS);
  const byType = useQuery({ ...operationUnitsQuery(params), placeholderData: keepPreviousData });
  const byUnit = useQuery({ ...unitOutcomesQuery(params), placeholderData: keepPreviousData });
  const regions = grouping?.regions ?? [];
  const picked = regions.find((r) => r.code === region);
  const regionName = picked ? localize(picked.name) : t('allMembers');
  const period = t('periodRange', { from: params.from, to: params.to });
  const failed = byType.isError ? byType : byUnit.isError ? byUnit : null;

  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="units-section">
      <h2 id={titleId}>{t('unitsTitle', { period })}</h2>
      <p className="chart-description">{t('unitsHowToRead')}</p>
      {filtered && (
        <p className="notice" data-testid="units-filters-note">
          {t('unitsFiltersNote')}
        </p>
      )}
      <div className="section-controls">
        <RegionSelect regions={regions} value={region} onChange={setRegion} />
      </div>
      {failed ? (
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} retrying={failed.isFetching} />
      ) : !byType.data || !byUnit.data ? (
        <LoadingState />
      ) : (
        <div aria-busy={byType.isPlaceholderData || byUnit.isPlaceholderData}>
          <UnitTypeChart
            series={byType.data.series}
            region={region}
            regionName={regionName}
            period={period}
            source={operationUnitsExport(params)}
          />
          <UnitsTable
            items={byUnit.data.items.filter((u) => region === ALL_REGIONS || u.region === region)}
            grouping={grouping}
            caption={t('unitsListCaption', { region: regionName, period })}
            national={national}
            source={unitOutcomesExport(params)}
          />
        </div>
      )}
    </section>
  );
}

function RegionSelect({
  regions,
  value,
  onChange,
}: {
  regions: GroupingResponse['regions'];
  value: string;
  onChange: (region: string) => void;
}) {
  const { t, localize } = useI18n();
  return (
    <SelectField
      label={t('unitsRegionLabel')}
      value={value}
      options={[
        { value: ALL_REGIONS, label: t('allMembers') },
        ...regions.map((r) => ({ value: r.code, label: localize(r.name) })),
      ]}
      onChange={onChange}
    />
  );
}
