import { useId } from 'react';
import { isGlobalRole, type OperationResultListResponse, type SessionUser } from '@cpc/domain';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorState } from '../ui/ErrorState';
import { PageLoading } from '../ui/PageLoading';
import { useI18n } from '../i18n/useI18n';
import { ResultsTable } from './ResultsTable';

interface OperationResultsSectionProps {
  results: UseQueryResult<OperationResultListResponse>;
  user: SessionUser;
  countryName: (iso3: string) => string;
}

/** The results reported for the operation; national users see their own country's only. */
export function OperationResultsSection({ results, user, countryName }: OperationResultsSectionProps) {
  const { t } = useI18n();
  const resultsId = useId();
  return (
    <section className="analytics-section" aria-labelledby={resultsId}>
      <h2 id={resultsId}>{t('resultsOfOperation')}</h2>
      {!isGlobalRole(user.role) && <p className="muted">{t('resultsOwnOnly')}</p>}
      {results.isPending ? (
        <PageLoading />
      ) : results.isError ? (
        <ErrorState error={results.error} onRetry={() => void results.refetch()} retrying={results.isFetching} />
      ) : results.data.results.length === 0 ? (
        <p className="empty-state" role="status">
          {t('resultsNone')}
        </p>
      ) : (
        <ResultsTable
          results={results.data.results}
          countryName={countryName}
          caption={t('resultsCaption', { count: results.data.results.length })}
        />
      )}
    </section>
  );
}
