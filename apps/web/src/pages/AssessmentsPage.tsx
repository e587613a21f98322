import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { canEditCountry, isGlobalRole, type AssessmentListResponse, type SessionUser } from '@cpc/domain';
import { assessmentListQuery, type AssessmentFilters } from '../api/assessmentQueries';
import { useI18n } from '../i18n/useI18n';
import { setUrl } from '../router/history';
import { hrefFor } from '../router/href';
import { paths } from '../router/routes';
import { useLocation } from '../router/useLocation';
import { FIRST_SELECTABLE_YEAR, lastSelectableYear } from '../url/pageState';
import { PageTitle } from '../ui/PageTitle';
import { PageLoading } from '../ui/PageLoading';
import { ErrorState } from '../ui/ErrorState';
import { DemoDataNotice } from '../analyticsHeader/DemoDataNotice';
import { AssessmentFiltersForm } from '../assessments/AssessmentFiltersForm';
import { AssessmentTable } from '../assessments/AssessmentTable';
import { NewAssessmentForm } from '../assessments/NewAssessmentForm';
import { listQuery, parseListFilters, parseListSort } from '../assessments/listFilters';
import type { ListSort } from '../assessments/listSort';
import { useCountryName } from '../assessments/useCountryName';
import { DisclosureFact } from '../disclosure/DisclosureFact';

/** Newest year first, then by country name. */
const DEFAULT_SORT: ListSort = { key: 'year', direction: 'desc' };

function yearsDescending(last: number): number[] {
  const years: number[] = [];
  for (let y = last; y >= FIRST_SELECTABLE_YEAR; y--) years.push(y);
  return years;
}

/**
 * The assessments the user may read: a coordinator's or viewer's own country (the API scopes the list),
 * every country with filters for analysts and admins. Coordinators start a new year's questionnaire here.
 */
export function AssessmentsPage({ user, currentYear }: { user: SessionUser; currentYear: number }) {
  const { t, lang } = useI18n();
  const { search } = useLocation();
  const countryName = useCountryName();
  const global = isGlobalRole(user.role);
  const filters = global ? parseListFilters(search) : {};
  const sort = parseListSort(search, DEFAULT_SORT);
  const list = useQuery({ ...assessmentListQuery(filters), placeholderData: keepPreviousData });
  const years = yearsDescending(lastSelectableYear(currentYear));
  const country = user.country;

  const show = (next: AssessmentFilters, nextSort: ListSort) => {
    setUrl(hrefFor(paths.assessments(), lang, listQuery(next, nextSort, DEFAULT_SORT)));
  };

  const title =
    global || !country ? t('assessmentsTitle') : t('assessmentsOfCountry', { country: countryName(country) });
  return (
    <>
      <DemoDataNotice />
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <p className="page-intro">{global ? t('assessmentsIntroGlobal') : t('assessmentsIntroCountry')}</p>
      {!global && country && (
        <dl className="assessment-facts">
          <DisclosureFact iso3={country} />
        </dl>
      )}
      {country && canEditCountry(user, country) && list.data && (
        <NewAssessmentForm country={country} existing={list.data.assessments} currentYear={currentYear} />
      )}
      {global && (
        <AssessmentFiltersForm
          filters={filters}
          facets={list.data?.facets}
          years={years}
          onChange={(next) => {
            show(next, sort);
          }}
        />
      )}
      <AssessmentListBody
        list={list}
        global={global}
        sort={sort}
        onSort={(next) => {
          show(filters, next);
        }}
      />
    </>
  );
}

interface AssessmentListBodyProps {
  list: UseQueryResult<AssessmentListResponse>;
  global: boolean;
  sort: ListSort;
  onSort: (sort: ListSort) => void;
}

/** The list, or its loading, error or empty state. */
function AssessmentListBody({ list, global, sort, onSort }: AssessmentListBodyProps) {
  const { t } = useI18n();
  return list.isPending ? (
    <PageLoading />
  ) : list.isError ? (
    <ErrorState error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
  ) : list.data.assessments.length === 0 ? (
    <div className="empty-state" role="status">
      <p>{global ? t('assessmentsEmptyFiltered') : t('assessmentsEmpty')}</p>
    </div>
  ) : (
    <AssessmentTable
      assessments={list.data.assessments}
      caption={t('assessmentsCaption', { count: list.data.assessments.length })}
      sort={sort}
      onSort={onSort}
    />
  );
}
