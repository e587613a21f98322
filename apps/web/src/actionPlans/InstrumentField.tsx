import { useQuery } from '@tanstack/react-query';
import { instrumentListQuery } from '../api/instrumentQueries';
import { useI18n } from '../i18n/useI18n';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { SelectField } from '../ui/SelectField';

interface InstrumentFieldProps {
  iso3: string;
  value: string;
  onChange: (instrumentId: string) => void;
  error?: string;
}

/** The register record an action produced or relies on (an MoU, a committee…), among the country's; or none. */
export function InstrumentField({ iso3, value, onChange, error }: InstrumentFieldProps) {
  const { t, format } = useI18n();
  const list = useQuery(instrumentListQuery({ country: iso3 }));
  const options = [
    { value: '', label: t('planInstrumentNone') },
    ...(list.data?.instruments ?? []).map((i) => ({ value: i.id, label: `${i.title} (${format.date(i.from)})` })),
  ];
  // A record the list does not hold (not loaded yet, or deleted) still shows as chosen.
  if (value && !options.some((o) => o.value === value)) options.push({ value, label: value });
  return (
    <SelectField
      label={t('planFieldInstrument')}
      value={value}
      options={options}
      onChange={onChange}
      disabled={!list.data}
      error={error}
    />
  );
}

/** The register record an action names, by its title, linked to the country's register. */
export function InstrumentRef({ iso3, id }: { iso3: string; id: string }) {
  const { t, lang } = useI18n();
  const list = useQuery(instrumentListQuery({ country: iso3 }));
  const title = list.data?.instruments.find((i) => i.id === id)?.title ?? id;
  return (
    <p className="plan-record">
      {t('planFieldInstrument')}: <Link to={hrefFor(paths.instruments(), lang, { country: iso3 })}>{title}</Link>
    </p>
  );
}
