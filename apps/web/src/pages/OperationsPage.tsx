import { useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { isGlobalRole, type SessionUser } from '@cpc/domain';
import { refreshOperationData } from '../api/operationCache';
import { operationKeys, operationListQuery, type OperationFilters } from '../api/operationQueries';
import { DemoDataNotice } from '../analyticsHeader/DemoDataNotice';
import { ErrorState } from '../ui/ErrorState';
import { Pagination } from '../ui/Pagination';
import { useI18n } from '../i18n/useI18n';
import { OperationFiltersForm } from '../operations/OperationFiltersForm';
import { OperationForm } from '../operations/OperationForm';
import { OperationTable } from '../operations/OperationTable';
import { operationFiltersQuery, parseOperationFilters } from '../operations/listFilters';
import { navigate, setUrl } from '../router/history';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { useLocation } from '../router/useLocation';
import { PageLoading } from '../ui/PageLoading';
import { PageTitle } from '../ui/PageTitle';
import { selectableYears } from '../url/pageState';
import '../styles/operations.css';

/**
 * Joint customs–police operations: every one for analysts and admins, who also create them; the ones
 * their country took part in for national users (the API scopes the list).
 */
export function OperationsPage({ user, currentYear }: { user: SessionUser; currentYear: number }) {
  const { t, lang } = useI18n();
  const { search } = useLocation();
  const queryClient = useQueryClient();
  const global = isGlobalRole(user.role);
  const filters = parseOperationFilters(search);
  const list = useQuery({ ...operationListQuery(filters), placeholderData: keepPreviousData });
  const [creating, setCreating] = useState(false);
  const hrefWith = (next: OperationFilters) => hrefFor(paths.operations(), lang, operationFiltersQuery(next));

  return (
    <>
      <DemoDataNotice />
      <PageTitle>{t('opsTitle')}</PageTitle>
      <p className="page-intro">{global ? t('opsIntroGlobal') : t('opsIntroCountry')}</p>
      {global && !creating && (
        <p className="button-row">
          <button
            type="button"
            className="button"
            onClick={() => {
              setCreating(true);
            }}
          >
            {t('opsNew')}
          </button>
          <Link className="button button-secondary" to={hrefFor(paths.operationsImport(), lang)}>
            {t('opsImportLink')}
          </Link>
        </p>
      )}
      {creating && (
        <OperationForm
          onSaved={(created) => {
            queryClient.setQueryData(operationKeys.detail(created.id), created);
            void refreshOperationData(queryClient);
            navigate(hrefFor(paths.operation(created.id), lang));
          }}
          onCancel={() => {
            setCreating(false);
          }}
        />
      )}
      <OperationFiltersForm
        key={filters.q ?? ''}
        filters={filters}
        years={selectableYears(currentYear).reverse()}
        showCountry={global}
        onChange={(next) => {
          // A new filter starts from the first page.
          setUrl(hrefWith({ ...next, offset: 0 }));
        }}
      />
      {list.isPending ? (
        <PageLoading />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
      ) : list.data.operations.length === 0 ? (
        <div className="empty-state" role="status">
          <p>{t('opsEmpty')}</p>
          {/* A link to a page past the end (the list shrank meanwhile): the first page is one click away. */}
          {list.data.offset > 0 && <Link to={hrefWith({ ...filters, offset: 0 })}>{t('paginationFirst')}</Link>}
        </div>
      ) : (
        <div aria-busy={list.isPlaceholderData}>
          <OperationTable
            operations={list.data.operations}
            user={user}
            caption={t('opsCaption', { count: list.data.total })}
          />
          <Pagination
            total={list.data.total}
            limit={list.data.limit}
            offset={list.data.offset}
            label={t('opsPages')}
            hrefAt={(offset) => hrefWith({ ...filters, offset })}
          />
        </div>
      )}
    </>
  );
}
