import type { GroupingResponse } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { SelectField } from '../ui/SelectField';

const ALL = '';

interface RegionSelectProps {
  label: string;
  grouping: GroupingResponse | undefined;
  /** null: the whole grouping. */
  value: string | null;
  onChange: (region: string | null) => void;
}

/** The whole grouping, or one of its regions. */
export function RegionSelect({ label, grouping, value, onChange }: RegionSelectProps) {
  const { t, localize } = useI18n();
  return (
    <SelectField
      label={label}
      value={value ?? ALL}
      className="field-wide"
      disabled={!grouping}
      options={[
        { value: ALL, label: t('allMembers') },
        ...(grouping?.regions ?? []).map((r) => ({ value: r.code, label: localize(r.name) })),
      ]}
      onChange={(code) => {
        onChange(code === ALL ? null : code);
      }}
    />
  );
}
