import { useId, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { maturityQuery } from '../api/maturityQuery';
import { useI18n } from '../i18n/useI18n';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import type { StatusFilter } from '../url/pageState';
import { RegionRankTable } from './RegionRankTable';
import { compareRanks } from './regionRanks';

interface RegionRanksSectionProps {
  grouping: string;
  year: number;
  status: StatusFilter;
}

/** The maturity figures of one year under each version, as the reader gets them (protected for national users). */
function useMaturityOfBothVersions({ grouping, year, status }: RegionRanksSectionProps) {
  const v1 = useQuery(maturityQuery({ grouping, from: year, to: year, status, methodology: 'v1' }));
  const v2 = useQuery(maturityQuery({ grouping, from: year, to: year, status, methodology: 'v2' }));
  const rows = useMemo(
    () => (v1.data && v2.data ? compareRanks(v1.data.series, v2.data.series, year) : null),
    [v1.data, v2.data, year],
  );
  const failed = v1.error ?? v2.error;
  const retry = () => {
    void v1.refetch();
    void v2.refetch();
  };
  return { rows, failed, retry, retrying: v1.isFetching || v2.isFetching };
}

/** How the regions rank by mean index under v1 and under v2, and which ranks the new version changes. */
export function RegionRanksSection(props: RegionRanksSectionProps) {
  const { t } = useI18n();
  const titleId = useId();
  const { rows, failed, retry, retrying } = useMaturityOfBothVersions(props);
  const title = t('methodologyRanksTitle', { year: props.year });
  const ranked = rows?.some((r) => r.rankV1 !== null || r.rankV2 !== null) ?? false;
  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="methodology-ranks">
      <h2 id={titleId}>{title}</h2>
      {failed ? (
        <ErrorState error={failed} onRetry={retry} retrying={retrying} />
      ) : rows === null ? (
        <LoadingState />
      ) : !ranked ? (
        <p className="empty-state" role="status">
          {t('methodologyRanksEmpty', { year: props.year })}
        </p>
      ) : (
        <>
          <p className="table-description">{t('methodologyRanksNote')}</p>
          <RegionRankTable rows={rows} caption={title} />
        </>
      )}
    </section>
  );
}
