import { useId, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { matchCountries, type CountryMatch } from './matchCountries';
import { useCombobox } from './useCombobox';
import { useCountryOptions } from './useCountryOptions';
import './search.css';

interface CountrySearchProps {
  /** What picking a country does: open its profile, add it to a comparison… */
  onPick: (iso3: string) => void;
  /** The visible label, or only for screen readers (a header's search box shows its placeholder). */
  label: string;
  labelHidden?: boolean;
  /** Countries not to offer, e.g. those already compared. */
  exclude?: readonly string[];
  disabled?: boolean;
  testId: string;
}

/**
 * A type-ahead search of the countries the reader may open: ISO3 codes and names in the page's language,
 * accents and case ignored (matchCountries), operable by keyboard as the WAI-ARIA combobox pattern says.
 */
export function CountrySearch({ onPick, label, labelHidden = false, exclude, disabled, testId }: CountrySearchProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const listId = `${id}-list`;
  const countries = useCountryOptions(exclude);
  const [text, setText] = useState('');
  const matches = matchCountries(countries, text, lang);
  const box = useCombobox<CountryMatch>([text, setText], matches, (match) => {
    onPick(match.iso3);
  });
  const optionId = (index: number) => `${id}-option-${String(index)}`;
  const activeId = box.active >= 0 ? optionId(box.active) : undefined;

  return (
    <div className="country-search" data-testid={testId}>
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : 'country-search-label'}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        className="country-search-input"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('searchPlaceholder')}
        aria-autocomplete="list"
        aria-expanded={box.shown && matches.length > 0}
        aria-controls={listId}
        aria-activedescendant={activeId}
        value={text}
        disabled={disabled}
        onChange={(e) => {
          box.onTextChange(e.target.value);
        }}
        onKeyDown={box.onKeyDown}
        onBlur={box.close}
      />
      <SuggestionList
        id={listId}
        label={label}
        matches={box.shown ? matches : []}
        active={box.active}
        optionId={optionId}
        onPick={box.pick}
      />
      <ResultCount count={box.shown ? matches.length : null} />
    </div>
  );
}

interface SuggestionListProps {
  id: string;
  label: string;
  matches: readonly CountryMatch[];
  active: number;
  optionId: (index: number) => string;
  onPick: (match: CountryMatch) => void;
}

/** The suggestions under the box: hidden while there are none to show. */
function SuggestionList({ id, label, matches, active, optionId, onPick }: SuggestionListProps) {
  return (
    <ul id={id} role="listbox" aria-label={label} className="country-search-list" hidden={matches.length === 0}>
      {matches.map((match, index) => (
        <li
          key={match.iso3}
          id={optionId(index)}
          role="option"
          aria-selected={index === active}
          className="country-search-option"
          data-iso3={match.iso3}
          // Before the input's blur: the click picks the country instead of closing the list first.
          onMouseDown={(e) => {
            e.preventDefault();
            onPick(match);
          }}
        >
          <span className="country-search-name">{match.name}</span>{' '}
          <span className="country-search-code">{match.iso3}</span>
        </li>
      ))}
    </ul>
  );
}

/** How many countries match, said by screen readers as the reader types; nothing while the list is closed. */
function ResultCount({ count }: { count: number | null }) {
  const { t } = useI18n();
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {count === null ? '' : t('searchResults', { count })}
    </p>
  );
}
