import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { refreshOperationData } from '../api/operationCache';
import { operationKeys } from '../api/operationQueries';
import { useI18n } from '../i18n/useI18n';
import { navigate } from '../router/history';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { OperationForm } from './OperationForm';

/** An analyst's ways to add operations: a form for one (which opens it once created), or an import. */
export function NewOperationControls() {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  if (creating) {
    return (
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
    );
  }
  return (
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
  );
}
