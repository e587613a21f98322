import { useQuery } from '@tanstack/react-query';
import { assessmentListQuery } from '../api/assessmentQueries';
import { useI18n } from '../i18n/useI18n';
import { PageTitle } from '../ui/PageTitle';
import { PageLoading } from '../ui/PageLoading';
import { ErrorState } from '../ui/ErrorState';
import { DemoDataNotice } from '../analyticsHeader/DemoDataNotice';
import { AssessmentTable } from '../assessments/AssessmentTable';

/** The analysts' queue: every submitted assessment, waiting to be validated or returned. */
export function ReviewPage() {
  const { t } = useI18n();
  const queue = useQuery(assessmentListQuery({ status: 'submitted' }));
  return (
    <>
      <DemoDataNotice />
      <PageTitle>{t('reviewTitle')}</PageTitle>
      <p className="page-intro">{t('reviewIntro')}</p>
      {queue.isPending ? (
        <PageLoading />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} retrying={queue.isFetching} />
      ) : queue.data.assessments.length === 0 ? (
        <div className="empty-state" role="status">
          <p>{t('reviewEmpty')}</p>
        </div>
      ) : (
        <AssessmentTable
          variant="review"
          assessments={queue.data.assessments}
          caption={t('reviewCaption', { count: queue.data.assessments.length })}
        />
      )}
    </>
  );
}
