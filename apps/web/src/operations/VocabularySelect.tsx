import type { Localized } from '@cpc/domain';
import { SelectField } from '../ui/SelectField';
import { useI18n } from '../i18n/useI18n';

interface VocabularySelectProps<T extends string> {
  label: string;
  values: readonly T[];
  labels: Readonly<Record<T, Localized>>;
  /** '' for none chosen. */
  value: T | '';
  onChange: (value: T | '') => void;
  /** The first option, standing for none: "All programmes" in a filter, "Choose…" in a form. */
  emptyLabel: string;
  error?: string;
  className?: string;
}

/** A list of one of the operations' vocabularies (programmes, leads, activities…), named in the page language. */
export function VocabularySelect<T extends string>(props: VocabularySelectProps<T>) {
  const { label, values, labels, value, onChange, emptyLabel, error, className } = props;
  const { localize } = useI18n();
  const options = [{ value: '', label: emptyLabel }, ...values.map((v) => ({ value: v, label: localize(labels[v]) }))];
  return (
    <SelectField
      label={label}
      value={value}
      options={options}
      error={error}
      className={className}
      onChange={(next) => {
        onChange(values.find((v) => v === next) ?? '');
      }}
    />
  );
}
