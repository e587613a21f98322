import { useI18n } from '../i18n/useI18n';
import type { StatusFilter } from '../url/pageState';
import { CheckboxField } from '../ui/CheckboxField';

/** Count validated assessments only, or submitted ones too (the default). */
export function StatusToggle({ value, onChange }: { value: StatusFilter; onChange: (status: StatusFilter) => void }) {
  const { t } = useI18n();
  return (
    <CheckboxField
      label={t('validatedOnlyLabel')}
      checked={value === 'validated'}
      onChange={(checked) => {
        onChange(checked ? 'validated' : 'counted');
      }}
    />
  );
}
