import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AssessmentFacets } from '@cpc/domain';
import { assessmentListQuery, type AssessmentFilters } from '../api/assessmentQueries';
import { listRegisterChecksQuery } from '../api/registerChecksQuery';
import { useI18n } from '../i18n/useI18n';
import { setUrl } from '../router/history';
import { hrefFor } from '../router/href';
import { paths } from '../router/routes';
import { useLocation } from '../router/useLocation';
import { PageTitle } from '../ui/PageTitle';
import { PageLoading } from '../ui/PageLoading';
import { ErrorState } from '../ui/ErrorState';
import { DemoDataNotice } from '../analyticsHeader/DemoDataNotice';
import { AssessmentFiltersForm } from '../assessments/AssessmentFiltersForm';
import { AssessmentTable } from '../assessments/AssessmentTable';
import { listQuery, parseListFilters, parseListSort } from '../assessments/listFilters';
import type { ListSort } from '../assessments/listSort';

/** Longest waiting first. */
const DEFAULT_SORT: ListSort = { key: 'updated', direction: 'asc' };

/** The years the queue has, newest first: its year filter offers only those. */
const queueYears = (facets: AssessmentFacets | undefined) =>
  (facets?.year ?? []).map((y) => Number(y.value)).sort((a, b) => b - a);

/**
 * The analysts' queue: every submitted assessment, waiting to be validated or returned, filtered by region,
 * country, year and waiting time and sorted by any column (all in the address); the register checks of the
 * whole queue come in one request.
 */
export function ReviewPage() {
  const { t, lang } = useI18n();
  const { search } = useLocation();
  const filters: AssessmentFilters = { ...parseListFilters(search), status: 'submitted' };
  const sort = parseListSort(search, DEFAULT_SORT);
  const queue = useQuery({ ...assessmentListQuery(filters), placeholderData: keepPreviousData });
  const checks = useQuery(listRegisterChecksQuery(filters));
  const checksById = checks.data && new Map(checks.data.assessments.map((a) => [a.id, a.checks]));
  const show = (next: AssessmentFilters, nextSort: ListSort) => {
    setUrl(hrefFor(paths.review(), lang, listQuery({ ...next, status: undefined }, nextSort, DEFAULT_SORT)));
  };
  return (
    <>
      <DemoDataNotice />
      <PageTitle>{t('reviewTitle')}</PageTitle>
      <p className="page-intro">{t('reviewIntro')}</p>
      <AssessmentFiltersForm
        variant="review"
        filters={filters}
        facets={queue.data?.facets}
        years={queueYears(queue.data?.facets)}
        onChange={(next) => {
          show(next, sort);
        }}
      />
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
          sort={sort}
          onSort={(next) => {
            show(filters, next);
          }}
          checks={checksById}
        />
      )}
    </>
  );
}
