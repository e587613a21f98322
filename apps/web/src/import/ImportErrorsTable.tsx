import type { Ref } from 'react';
import type { ImportError } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';

interface ImportErrorsTableProps {
  errors: readonly ImportError[];
  ref?: Ref<HTMLDivElement>;
}

/** Every problem of the file, where it is (row, column) and what is wrong, so it can be fixed in one pass. */
export function ImportErrorsTable({ errors, ref }: ImportErrorsTableProps) {
  const { t } = useI18n();
  return (
    <div ref={ref} className="notice notice-error import-errors" role="alert" tabIndex={-1}>
      <h2>{t('importErrorsTitle', { count: errors.length })}</h2>
      <p>{t('importErrorsText')}</p>
      <div className="table-scroll">
        <table className="data-table" data-testid="import-errors">
          <caption className="visually-hidden">{t('importErrorsTitle', { count: errors.length })}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t('importRow')}
              </th>
              <th scope="col">{t('importColumn')}</th>
              <th scope="col">{t('importMessage')}</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((e, i) => (
              <tr key={`${e.row}-${e.column}-${i}`}>
                <td className="numeric">{e.row}</td>
                <td>
                  <code>{e.column}</code>
                </td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
