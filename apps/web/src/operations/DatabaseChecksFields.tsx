import { CHECK_DATABASES, CHECK_DATABASE_LABELS, type CheckDatabase } from '@cpc/domain';
import { TextField } from '../ui/TextField';
import { useI18n } from '../i18n/useI18n';
import type { CheckDraft } from './resultDraft';

interface DatabaseChecksFieldsProps {
  checks: Readonly<Record<CheckDatabase, CheckDraft>>;
  onChange: (checks: Record<CheckDatabase, CheckDraft>) => void;
  errorOf: (field: string) => string | undefined;
}

/** Queries and hits in each INTERPOL database; a database left blank is not reported. */
export function DatabaseChecksFields({ checks, onChange, errorOf }: DatabaseChecksFieldsProps) {
  const { t, localize } = useI18n();
  const set = (database: CheckDatabase, patch: Partial<CheckDraft>) => {
    onChange({ ...checks, [database]: { ...checks[database], ...patch } });
  };
  return (
    <fieldset className="field-group result-checks">
      <legend>{t('resultDatabaseChecks')}</legend>
      <p className="field-hint">{t('resultChecksHint')}</p>
      {CHECK_DATABASES.map((database) => {
        const name = localize(CHECK_DATABASE_LABELS[database]);
        return (
          <fieldset key={database} className="form-row" data-database={database}>
            <legend>{name}</legend>
            <TextField
              label={t('resultQueries')}
              type="number"
              min={0}
              step={1}
              value={checks[database].queries}
              error={errorOf(`checks.${database}.queries`)}
              onChange={(queries) => {
                set(database, { queries });
              }}
            />
            <TextField
              label={t('resultHits')}
              type="number"
              min={0}
              step={1}
              value={checks[database].hits}
              error={errorOf(`checks.${database}.hits`) ?? errorOf(`checks.${database}.database`)}
              onChange={(hits) => {
                set(database, { hits });
              }}
            />
          </fieldset>
        );
      })}
    </fieldset>
  );
}
