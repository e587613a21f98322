import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { countriesQuery } from '../api/countriesQuery';
import { useI18n } from '../i18n/useI18n';

interface CountryFilterSelectProps {
  label: string;
  /** ISO alpha-3, or undefined for every country. */
  value: string | undefined;
  onChange: (country: string | undefined) => void;
}

/** Every country by name in the page language, after "All countries"; an unknown code in the address stays shown. */
export function CountryFilterSelect({ label, value, onChange }: CountryFilterSelectProps) {
  const { t, localize } = useI18n();
  const countries = useQuery(countriesQuery());
  const id = useId();
  const sorted = [...(countries.data?.countries ?? [])].sort((a, b) =>
    localize(a.name).localeCompare(localize(b.name)),
  );
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
        <option value="">{t('filterAllCountries')}</option>
        {sorted.map((c) => (
          <option key={c.iso3} value={c.iso3}>
            {localize(c.name)}
          </option>
        ))}
        {value && !sorted.some((c) => c.iso3 === value) && <option value={value}>{value}</option>}
      </select>
    </div>
  );
}
