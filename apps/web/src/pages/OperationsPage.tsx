import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { isGlobalRole, type SessionUser } from '@cpc/domain';
import { operationListQuery, type OperationFilters } from '../api/operationQueries';
import { DemoDataNotice } from '../analyticsHeader/DemoDataNotice';
import { useI18n } from '../i18n/useI18n';
import { NewOperationControls } from '../operations/NewOperationControls';
import { OperationFiltersForm } from '../operations/OperationFiltersForm';
import { OperationListView } from '../operations/OperationListView';
import { operationFiltersQuery, parseOperationFilters } from '../operations/listFilters';
import { setUrl } from '../router/history';
import { hrefFor } from '../router/href';
import { paths } from '../router/routes';
import { useLocation } from '../router/useLocation';
import { PageTitle } from '../ui/PageTitle';
import { useSelectableYears } from '../url/useSelectableYears';
import '../styles/operations.css';

/**
 * Joint customs–police operations: every one for analysts and admins, who also create them; the ones
 * their country took part in for national users (the API scopes the list).
 */
export function OperationsPage({ user, currentYear }: { user: SessionUser; currentYear: number }) {
  const { t, lang } = useI18n();
  const { search } = useLocation();
  const global = isGlobalRole(user.role);
  const filters = parseOperationFilters(search);
  const list = useQuery({ ...operationListQuery(filters), placeholderData: keepPreviousData });
  const years = useSelectableYears(currentYear).reverse();
  const hrefWith = (next: OperationFilters) => hrefFor(paths.operations(), lang, operationFiltersQuery(next));

  return (
    <>
      <DemoDataNotice />
      <PageTitle>{t('opsTitle')}</PageTitle>
      <p className="page-intro">{global ? t('opsIntroGlobal') : t('opsIntroCountry')}</p>
      {global && <NewOperationControls />}
      <OperationFiltersForm
        key={filters.q ?? ''}
        filters={filters}
        years={years}
        showCountry={global}
        onChange={(next) => {
          // A new filter starts from the first page.
          setUrl(hrefWith({ ...next, offset: 0 }));
        }}
      />
      <OperationListView list={list} filters={filters} user={user} hrefWith={hrefWith} />
    </>
  );
}
