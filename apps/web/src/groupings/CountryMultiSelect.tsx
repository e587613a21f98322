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

/** A filterable list of checkboxes; a country another region holds cannot be ticked here. */
export function CountryMultiSelect(props: CountryMultiSelectProps) {
  const { legend, chosenLabel, countries, selected, heldElsewhere = NONE_HELD, onChange, invalid, errorId } = props;
  const { t, lang, localize } = useI18n();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const chosen = new Set(selected);
  const needle = filter.trim().toLocaleLowerCase(lang);
  const named = countries
    .map((c) => ({ iso3: c.iso3, name: localize(c.name) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  const shown = needle
    ? named.filter((c) => c.name.toLocaleLowerCase(lang).includes(needle) || c.iso3.toLowerCase().includes(needle))
    : named;
  const nameOf = (iso3: string) => named.find((c) => c.iso3 === iso3)?.name ?? iso3;

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
        {shown.map((c) => {
          const holder = heldElsewhere.get(c.iso3);
          return (
            <li key={c.iso3}>
              <label className={holder ? 'is-held' : undefined}>
                <input
                  type="checkbox"
                  checked={chosen.has(c.iso3)}
                  disabled={holder !== undefined}
                  onChange={(e) => {
                    toggle(c.iso3, e.target.checked);
                  }}
                />
                {c.name} <span className="muted">({c.iso3})</span>
                {holder && <span className="muted"> — {t('groupingHeldBy', { region: holder })}</span>}
              </label>
            </li>
          );
        })}
        {shown.length === 0 && <li className="muted">{t('groupingNoCountryMatches')}</li>}
      </ul>
      {selected.length > 0 && (
        <ul className="chosen-countries" aria-label={chosenLabel}>
          {selected.map((iso3) => (
            <li key={iso3}>
              <button
                type="button"
                className="chip"
                aria-label={t('groupingRemoveCountry', { country: nameOf(iso3) })}
                onClick={() => {
                  toggle(iso3, false);
                }}
              >
                {nameOf(iso3)} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
