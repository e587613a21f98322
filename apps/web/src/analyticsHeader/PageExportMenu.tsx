import type { DataFormat, ExportSource } from '../api/exportSource';
import { useI18n } from '../i18n/useI18n';
import { MenuButton } from '../ui/MenuButton';
import { useDownloadStatus } from '../ui/useDownloadStatus';

const FORMATS = [
  { format: 'csv', label: 'pageExportCsv' },
  { format: 'xlsx', label: 'pageExportXlsx' },
  { format: 'zip', label: 'pageExportZip' },
] as const satisfies readonly { format: DataFormat; label: string }[];

/** The page's figures as the API's file, with the address's filters: what the page shows, for a spreadsheet. */
export function PageExportMenu({ source }: { source: ExportSource }) {
  const { t, lang } = useI18n();
  const { run, text, failed } = useDownloadStatus();
  return (
    <div className="page-export">
      <MenuButton
        testId="page-export"
        actions={FORMATS.map(({ format, label }) => ({
          key: format,
          label: t(label),
          onSelect: () => {
            run(async () => {
              const { downloadExport } = await import('../api/download');
              await downloadExport(source, format, lang);
            });
          },
        }))}
      >
        {t('pageExport')}
      </MenuButton>
      <p className={failed ? 'download-status field-error' : 'download-status'} aria-live="polite">
        {text}
      </p>
    </div>
  );
}
