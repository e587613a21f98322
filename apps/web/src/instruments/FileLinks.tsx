import { useState } from 'react';
import { downloadFile } from '../api/download';
import { useI18n } from '../i18n/useI18n';
import { isPlainClick } from '../router/isPlainClick';

interface FileLink {
  path: string;
  fileName: string;
  label: string;
}

/**
 * Links to files the API serves to signed-in users only: a link cannot send the token, so a click fetches
 * the file with it and hands it to the browser.
 */
export function FileLinks({ title, files, testId }: { title: string; files: readonly FileLink[]; testId: string }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="template-links" data-testid={testId}>
      <h3>{title}</h3>
      <ul>
        {files.map(({ path, fileName, label }) => (
          <li key={path}>
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
              {label}
            </a>
          </li>
        ))}
      </ul>
      {error && (
        <p className="field-error" role="alert">
          {t('templateError', { message: error })}
        </p>
      )}
    </div>
  );
}
