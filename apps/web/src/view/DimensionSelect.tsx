import { DIMENSION_DEFINITIONS, type Dimension } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { SelectField } from '../ui/SelectField';

const OVERALL = 'overall';

interface DimensionSelectProps {
  value: Dimension | null;
  onChange: (dimension: Dimension | null) => void;
}

/** The overall index, or one of the nine dimensions' scores. */
export function DimensionSelect({ value, onChange }: DimensionSelectProps) {
  const { t, localize } = useI18n();
  return (
    <SelectField
      label={t('measureLabel')}
      value={value ?? OVERALL}
      className="field-wide"
      options={[
        { value: OVERALL, label: t('overallIndex') },
        ...DIMENSION_DEFINITIONS.map((d) => ({ value: d.code, label: localize(d.label) })),
      ]}
      onChange={(code) => {
        onChange(DIMENSION_DEFINITIONS.find((d) => d.code === code)?.code ?? null);
      }}
    />
  );
}
