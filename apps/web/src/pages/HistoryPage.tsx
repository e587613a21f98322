import { useQuery } from '@tanstack/react-query';
import { assessmentQuery, historyQuery } from '../api/assessmentQueries';
import { useI18n } from '../i18n/useI18n';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { PageTitle } from '../ui/PageTitle';
import { PageLoading } from '../ui/PageLoading';
import { ErrorState } from '../ui/ErrorState';
import { useCountryName } from '../assessments/useCountryName';
import { RevisionTimeline } from '../history/RevisionTimeline';
import { TranslationNotice } from '../ui/TranslationNotice';

/** The audit trail of one assessment. */
export function HistoryPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const assessment = useQuery(assessmentQuery(id));
  const history = useQuery(historyQuery(id));
  const countryName = useCountryName();
  const title = assessment.data
    ? t('historyTitle', { country: countryName(assessment.data.country), year: assessment.data.year })
    : t('historyTitleUnknown');
  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <p className="assessment-links">
        <Link to={hrefFor(paths.assessment(id), lang)}>{t('backToAssessment')}</Link>
      </p>
      {history.isPending ? (
        <PageLoading />
      ) : history.isError ? (
        <ErrorState error={history.error} onRetry={() => void history.refetch()} retrying={history.isFetching} />
      ) : history.data.revisions.length === 0 ? (
        <p>{t('historyEmpty')}</p>
      ) : (
        <>
          {/* The changes name the handbook's questions in the page's language. */}
          <TranslationNotice />
          <RevisionTimeline revisions={history.data.revisions} />
        </>
      )}
    </>
  );
}
