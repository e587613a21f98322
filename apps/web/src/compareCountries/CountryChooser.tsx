import { COMPARED_COUNTRIES } from '@cpc/domain';
import { useCountryName } from '../assessments/useCountryName';
import { useI18n } from '../i18n/useI18n';
import { CountrySearch } from '../search/CountrySearch';
import { addCompared, removeCompared } from './comparedCodes';
import { SeriesSwatch } from './SeriesMarker';
import { seriesStyle } from './seriesStyle';

interface CountryChooserProps {
  codes: readonly string[];
  onChange: (codes: string[]) => void;
}

/** The countries compared, each with its key and a button to remove it, and the search that adds one. */
export function CountryChooser({ codes, onChange }: CountryChooserProps) {
  const { t } = useI18n();
  const countryName = useCountryName();
  const full = codes.length >= COMPARED_COUNTRIES.max;
  return (
    <div className="compare-chooser" data-testid="compare-chooser">
      <h2 className="visually-hidden">{t('compareCountriesChosen')}</h2>
      <ul className="compare-chips" aria-label={t('compareCountriesChosen')}>
        {codes.map((code, index) => (
          <li key={code} className="compare-chip" data-iso3={code}>
            <SeriesSwatch style={seriesStyle(index)} />
            <span>{countryName(code)}</span>
            <button
              type="button"
              className="compare-chip-remove"
              aria-label={t('compareCountriesRemove', { country: countryName(code) })}
              title={t('compareCountriesRemove', { country: countryName(code) })}
              onClick={() => {
                onChange(removeCompared(codes, code));
              }}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <CountrySearch
        label={t('compareCountriesAdd')}
        testId="compare-add-country"
        exclude={codes}
        disabled={full}
        onPick={(code) => {
          onChange(addCompared(codes, code));
        }}
      />
      {full && <p className="cell-sub">{t('compareCountriesFull')}</p>}
    </div>
  );
}
