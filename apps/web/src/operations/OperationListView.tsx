import type { UseQueryResult } from '@tanstack/react-query';
import type { OperationListResponse, SessionUser } from '@cpc/domain';
import type { OperationFilters } from '../api/operationQueries';
import { ErrorState } from '../ui/ErrorState';
import { PageLoading } from '../ui/PageLoading';
import { Pagination } from '../ui/Pagination';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../router/Link';
import { OperationTable } from './OperationTable';

interface OperationListViewProps {
  list: UseQueryResult<OperationListResponse>;
  filters: OperationFilters;
  user: SessionUser;
  /** The address of the list with other filters or at another page. */
  hrefWith: (filters: OperationFilters) => string;
}

/** One page of the list, with its pagination; the previous page stays, marked busy, while the next loads. */
export function OperationListView({ list, filters, user, hrefWith }: OperationListViewProps) {
  const { t } = useI18n();
  if (list.isPending) return <PageLoading />;
  if (list.isError) {
    return <ErrorState error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />;
  }
  if (list.data.operations.length === 0) {
    return (
      <div className="empty-state" role="status">
        <p>{t('opsEmpty')}</p>
        {/* A link to a page past the end (the list shrank meanwhile): the first page is one click away. */}
        {list.data.offset > 0 && <Link to={hrefWith({ ...filters, offset: 0 })}>{t('paginationFirst')}</Link>}
      </div>
    );
  }
  return (
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
  );
}
