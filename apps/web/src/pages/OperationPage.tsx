import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { canEditCountry, isGlobalRole, type OperationResponse, type SessionUser } from '@cpc/domain';
import { operationQuery, operationResultsQuery } from '../api/operationQueries';
import { useCountryName } from '../assessments/useCountryName';
import { DemoDataNotice } from '../analyticsHeader/DemoDataNotice';
import { ErrorState } from '../ui/ErrorState';
import { useI18n } from '../i18n/useI18n';
import { OperationEditing } from '../operations/OperationEditing';
import { OperationFacts } from '../operations/OperationFacts';
import { OperationResultsSection } from '../operations/OperationResultsSection';
import { OwnResultSection } from '../operations/OwnResultSection';
import { ParticipantList } from '../operations/ParticipantList';
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
  const countryName = useCountryName();
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
      {isGlobalRole(user.role) && (
        <OperationEditing operation={op} editing={editing} setEditing={setEditing} setNotice={setNotice} />
      )}
      <OperationFacts operation={op} />
      <ParticipantsSection operation={op} user={user} countryName={countryName} />
      <OperationResultsSection results={results} user={user} countryName={countryName} />
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

interface ParticipantsSectionProps {
  operation: OperationResponse;
  user: SessionUser;
  countryName: (iso3: string) => string;
}

function ParticipantsSection({ operation, user, countryName }: ParticipantsSectionProps) {
  const { t } = useI18n();
  const participantsId = useId();
  return (
    <section className="analytics-section" aria-labelledby={participantsId}>
      <h2 id={participantsId}>{t('opsParticipantsTitle', { count: operation.countries.length })}</h2>
      <ParticipantList operation={operation} user={user} countryName={countryName} />
    </section>
  );
}
