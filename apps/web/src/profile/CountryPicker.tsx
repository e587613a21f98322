import { useQuery } from '@tanstack/react-query';
import { countriesQuery } from '../api/countriesQuery';
import { SelectField } from '../ui/SelectField';
import { useI18n } from '../i18n/useI18n';

/** For analysts: open another country's profile. */
export function CountryPicker({ value, onChange }: { value: string; onChange: (iso3: string) => void }) {
  const { t, lang, localize } = useI18n();
  const countries = useQuery(countriesQuery());
  const options = (countries.data?.countries ?? [])
    .map((c) => ({ value: c.iso3, label: localize(c.name) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  return (
    <SelectField
      label={t('profileCountryLabel')}
      value={value}
      className="field-wide"
      disabled={!countries.data}
      options={options.length > 0 ? options : [{ value, label: value }]}
      onChange={onChange}
    />
  );
}
