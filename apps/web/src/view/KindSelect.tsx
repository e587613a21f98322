import { useI18n } from '../i18n/useI18n';
import type { LevelKind } from '../url/pageState';
import { SelectField } from '../ui/SelectField';

/** The level computed from the answers, or the one the administration chose itself (A.18). */
export function KindSelect({ value, onChange }: { value: LevelKind; onChange: (kind: LevelKind) => void }) {
  const { t } = useI18n();
  return (
    <SelectField
      label={t('kindLabel')}
      value={value}
      options={[
        { value: 'computed', label: t('computedLevel') },
        { value: 'self', label: t('selfLevel') },
      ]}
      onChange={(kind) => {
        onChange(kind === 'self' ? 'self' : 'computed');
      }}
    />
  );
}
