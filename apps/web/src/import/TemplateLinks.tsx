import { importTemplateFileName } from '@cpc/domain';
import { useState } from 'react';
import { downloadFile } from '../api/download';
import { useI18n } from '../i18n/useI18n';
import { isPlainClick } from '../router/isPlainClick';
import type { ImportKind } from './importKind';

const TEMPLATES = [
  { format: 'csv', label: 'templateCsv' },
  { format: 'xlsx', label: 'templateXlsx' },
] as const;

/**
 * Links to the import templates. The API serves them to signed-in users only, and a link cannot send
 * the token, so a click fetches the file with it and hands it to the browser.
 */
export function TemplateLinks({ resource }: { resource: ImportKind<unknown>['resource'] }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="template-links">
      <ul>
        {TEMPLATES.map(({ format, label }) => {
          const path = `/api/${resource}/import/template?format=${format}`;
          const fileName = importTemplateFileName(resource, format);
          return (
            <li key={format}>
              <a
                href={path}
                download={fileName}
                onClick={(event) => {
                  if (!isPlainClick(event)) return;
                  event.preventDefault();
                  setError(null);
                  downloadFile(path, fileName).catch((e: unknown) => {
                    setError(e instanceof Error ? e.message : String(e));
                  });
                }}
              >
                {t(label)}
              </a>
            </li>
          );
        })}
      </ul>
      {error && (
        <p className="field-error" role="alert">
          {t('templateError', { message: error })}
        </p>
      )}
    </div>
  );
}
