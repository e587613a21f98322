import type { Ref } from 'react';
import { findItem } from '@cpc/domain';
import type { ImportRowError } from '../api/errorBodies';
import { answerIssueText, problemText, type ErrorI18n } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';

interface ImportErrorsTableProps {
  errors: readonly ImportRowError[];
  ref?: Ref<HTMLDivElement>;
}

/**
 * What is wrong with a cell, in the page's language: from the error's code and params, an answer's options by
 * their labels (the column of an answer is its item's code); the API's English message for a code this app
 * does not know.
 */
export function importErrorText(error: ImportRowError, i18n: ErrorI18n): string {
  if (findItem(error.column))
    return answerIssueText(
      { code: error.column, message: error.message, reason: error.code, params: error.params },
      i18n,
    );
  return problemText(error.code, error.params, i18n) ?? error.message;
}

/** Every problem of the file, where it is (row, column) and what is wrong, so it can be fixed in one pass. */
export function ImportErrorsTable({ errors, ref }: ImportErrorsTableProps) {
  const i18n = useI18n();
  const { t } = i18n;
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
                  <code dir="ltr">{e.column}</code>
                </td>
                <td>{importErrorText(e, i18n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
