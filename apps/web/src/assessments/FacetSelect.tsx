import { useId } from 'react';
import { useI18n } from '../i18n/useI18n';

export interface FacetOption {
  value: string;
  label: string;
  /** How many assessments choosing it would list (under the other filters). */
  count: number;
}

interface FacetSelectProps {
  label: string;
  /** The first option's text: no filter. */
  anyLabel: string;
  value: string | undefined;
  options: readonly FacetOption[];
  onChange: (value: string | undefined) => void;
}

/** A filter whose options say how many assessments each would list: "Europe (12)". */
export function FacetSelect({ label, anyLabel, value, options, onChange }: FacetSelectProps) {
  const { format } = useI18n();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => {
          onChange(e.target.value || undefined);
        }}
      >
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {`${o.label} (${format.count(o.count)})`}
          </option>
        ))}
        {value !== undefined && !options.some((o) => o.value === value) && <option value={value}>{value}</option>}
      </select>
    </div>
  );
}
