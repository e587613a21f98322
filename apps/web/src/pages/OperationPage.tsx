import { useId, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { canEditCountry, isGlobalRole, type SessionUser } from '@cpc/domain';
import { refreshOperationData } from '../api/operationCache';
import { operationKeys, operationQuery, operationResultsQuery } from '../api/operationQueries';
import { useCountryName } from '../assessments/useCountryName';
import { DemoDataNotice } from '../analyticsHeader/DemoDataNotice';
import { ErrorState } from '../ui/ErrorState';
import { useI18n } from '../i18n/useI18n';
import { OperationActions } from '../operations/OperationActions';
import { OperationFacts } from '../operations/OperationFacts';
import { OperationForm } from '../operations/OperationForm';
import { OwnResultSection } from '../operations/OwnResultSection';
import { ParticipantList } from '../operations/ParticipantList';
import { ResultsTable } from '../operations/ResultsTable';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { PageLoading } from '../ui/PageLoading';
import { PageTitle } from '../ui/PageTitle';
import '../styles/operations.css';

/**
 * One operation: what it is, who took part, and their results. Analysts edit or delete it; the
 * coordinator of a participating country reports the country's result here.
 */
export function OperationPage({ id, user }: { id: string; user: SessionUser }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const countryName = useCountryName();
  const participantsId = useId();
  const resultsId = useId();
  const operation = useQuery(operationQuery(id));
  const results = useQuery(operationResultsQuery(id));
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  if (operation.isPending) return <PageLoading />;
  if (operation.isError) {
    return (
      <>
        <PageTitle>{t('opsTitleUnknown')}</PageTitle>
        <ErrorState error={operation.error} onRetry={() => void operation.refetch()} retrying={operation.isFetching} />
      </>
    );
  }

  const op = operation.data;
  const title = t('opsTitleOf', { code: op.code, name: op.name });
  // The coordinator of a participating country reports its result here.
  const reporter =
    user.country !== null && op.countries.includes(user.country) && canEditCountry(user, user.country)
      ? user.country
      : null;

  return (
    <>
      <DemoDataNotice />
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <p className="assessment-links">
        <Link to={hrefFor(paths.operations(), lang)}>{t('opsBackToList')}</Link>
      </p>
      <p className="notice notice-success" role="status" hidden={notice === null} data-testid="operation-notice">
        {notice}
      </p>
      {isGlobalRole(user.role) &&
        (editing ? (
          <OperationForm
            editing={op}
            onSaved={(saved) => {
              queryClient.setQueryData(operationKeys.detail(id), saved);
              void refreshOperationData(queryClient);
              setEditing(false);
              setNotice(t('opsUpdated', { code: saved.code }));
            }}
            onCancel={() => {
              setEditing(false);
            }}
          />
        ) : (
          <OperationActions
            operation={op}
            onEdit={() => {
              setNotice(null);
              setEditing(true);
            }}
          />
        ))}
      <OperationFacts operation={op} />
      <section className="analytics-section" aria-labelledby={participantsId}>
        <h2 id={participantsId}>{t('opsParticipantsTitle', { count: op.countries.length })}</h2>
        <ParticipantList operation={op} user={user} countryName={countryName} />
      </section>
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
      {reporter !== null && results.data && (
        <OwnResultSection
          operationId={op.id}
          country={reporter}
          countryName={countryName(reporter)}
          own={results.data.results.find((r) => r.country === reporter)}
        />
      )}
    </>
  );
}
