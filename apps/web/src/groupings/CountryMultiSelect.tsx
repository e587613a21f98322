import { useId, useState } from 'react';
import type { CountryResponse } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';

const NONE_HELD: ReadonlyMap<string, string> = new Map();

interface CountryMultiSelectProps {
  /** What is chosen, with how many: "Members of EUR (3 selected)". */
  legend: string;
  /** Names the list of chosen countries: "Selected members of EUR". */
  chosenLabel: string;
  countries: readonly CountryResponse[];
  selected: readonly string[];
  /** Countries another region holds, with that region's code: offered disabled. */
  heldElsewhere?: ReadonlyMap<string, string>;
  onChange: (members: string[]) => void;
  invalid: boolean;
  errorId?: string;
}

/** The countries by name in the reader's language, those matching the filter (by name or ISO3), and a namer. */
function useFilteredCountries(countries: readonly CountryResponse[], filter: string) {
  const { lang, localize } = useI18n();
  const needle = filter.trim().toLocaleLowerCase(lang);
  const named = countries
    .map((c) => ({ iso3: c.iso3, name: localize(c.name) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  const shown = needle
    ? named.filter((c) => c.name.toLocaleLowerCase(lang).includes(needle) || c.iso3.toLowerCase().includes(needle))
    : named;
  const nameOf = (iso3: string) => named.find((c) => c.iso3 === iso3)?.name ?? iso3;
  return { shown, nameOf };
}

/** A filterable list of checkboxes; a country another region holds cannot be ticked here. */
export function CountryMultiSelect(props: CountryMultiSelectProps) {
  const { legend, chosenLabel, countries, selected, heldElsewhere = NONE_HELD, onChange, invalid, errorId } = props;
  const { t } = useI18n();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const chosen = new Set(selected);
  const { shown, nameOf } = useFilteredCountries(countries, filter);

  const toggle = (iso3: string, on: boolean) => {
    onChange(on ? [...selected, iso3] : selected.filter((c) => c !== iso3));
  };

  return (
    <fieldset className="country-select" aria-invalid={invalid} aria-describedby={errorId}>
      <legend>{legend}</legend>
      <div className="field">
        <label htmlFor={filterId}>{t('groupingFilterCountries')}</label>
        <input
          id={filterId}
          type="text"
          value={filter}
          onChange={(e) => {
            setFilter(e.target.value);
          }}
        />
      </div>
      <ul className="country-options">
        {shown.map((c) => (
          <CountryOption
            key={c.iso3}
            country={c}
            checked={chosen.has(c.iso3)}
            holder={heldElsewhere.get(c.iso3)}
            onToggle={(on) => {
              toggle(c.iso3, on);
            }}
          />
        ))}
        {shown.length === 0 && <li className="muted">{t('groupingNoCountryMatches')}</li>}
      </ul>
      <ChosenCountries
        label={chosenLabel}
        selected={selected}
        nameOf={nameOf}
        onRemove={(iso3) => {
          toggle(iso3, false);
        }}
      />
    </fieldset>
  );
}

interface CountryOptionProps {
  country: { iso3: string; name: string };
  checked: boolean;
  /** The region that holds the country, if another one does. */
  holder: string | undefined;
  onToggle: (on: boolean) => void;
}

function CountryOption({ country, checked, holder, onToggle }: CountryOptionProps) {
  const { t } = useI18n();
  return (
    <li>
      <label className={holder ? 'is-held' : undefined}>
        <input
          type="checkbox"
          checked={checked}
          disabled={holder !== undefined}
          onChange={(e) => {
            onToggle(e.target.checked);
          }}
        />
        {country.name} <span className="muted">({country.iso3})</span>
        {holder && <span className="muted"> — {t('groupingHeldBy', { region: holder })}</span>}
      </label>
    </li>
  );
}

interface ChosenCountriesProps {
  label: string;
  selected: readonly string[];
  nameOf: (iso3: string) => string;
  onRemove: (iso3: string) => void;
}

/** The chosen countries as chips, each removing its country. */
function ChosenCountries({ label, selected, nameOf, onRemove }: ChosenCountriesProps) {
  const { t } = useI18n();
  if (selected.length === 0) return null;
  return (
    <ul className="chosen-countries" aria-label={label}>
      {selected.map((iso3) => (
        <li key={iso3}>
          <button
            type="button"
            className="chip"
            aria-label={t('groupingRemoveCountry', { country: nameOf(iso3) })}
            onClick={() => {
              onRemove(iso3);
            }}
          >
            {nameOf(iso3)} <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
