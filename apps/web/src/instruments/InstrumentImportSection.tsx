import { useId, useMemo, useState } from 'react';
import { INSTRUMENT_KINDS, type InstrumentKind } from '@cpc/domain';
import { instrumentKeys } from '../api/instrumentQueries';
import {
  importInstruments,
  instrumentExportPath,
  instrumentTemplatePath,
  type InstrumentImportResult,
} from '../api/instrumentMutations';
import { useI18n } from '../i18n/useI18n';
import type { ImportUpload } from '../import/importKind';
import { ImportForm } from '../import/ImportForm';
import { SelectField } from '../ui/SelectField';
import { FileLinks } from './FileLinks';

function instrumentUpload(kind: InstrumentKind): ImportUpload<InstrumentImportResult> {
  return {
    upload: (file, dryRun) => importInstruments(kind, file, dryRun),
    invalidates: [instrumentKeys.all],
    checkedText: 'instImportCheckedText',
    doneText: 'instImportDoneText',
    counts: ({ rows = 0, created = 0, updated = 0, unchanged = 0 }) => ({ rows, created, updated, unchanged }),
  };
}

/** One kind at a time: its templates, the register's file in the import's layout, and the two-step import. */
export function InstrumentImportSection({ canImport }: { canImport: boolean }) {
  const { t } = useI18n();
  const headingId = useId();
  const [kind, setKind] = useState<InstrumentKind>('agreement');
  const upload = useMemo(() => instrumentUpload(kind), [kind]);
  const files = (path: (format: 'csv' | 'xlsx') => string, name: string) =>
    (['csv', 'xlsx'] as const).map((format) => ({
      path: path(format),
      fileName: `${name}.${format}`,
      label: t(format === 'csv' ? 'instExportCsv' : 'instExportXlsx'),
    }));

  return (
    <section className="instrument-import analytics-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('instImportTitle')}</h2>
      {canImport && <p className="muted">{t('instImportText')}</p>}
      <SelectField
        label={t('instImportKind')}
        value={kind}
        options={INSTRUMENT_KINDS.map((k) => ({ value: k, label: t(`instKind_${k}`) }))}
        onChange={(next) => {
          setKind(next as InstrumentKind);
        }}
      />
      <FileLinks
        title={t('instExports')}
        files={files((format) => instrumentExportPath(kind, format), `cpc-instruments-${kind}`)}
        testId="instrument-exports"
      />
      {canImport && (
        <>
          <FileLinks
            title={t('instTemplates')}
            files={files((format) => instrumentTemplatePath(kind, format), `cpc-instruments-${kind}-template`)}
            testId="instrument-templates"
          />
          <ImportForm key={kind} kind={upload} />
        </>
      )}
    </section>
  );
}
